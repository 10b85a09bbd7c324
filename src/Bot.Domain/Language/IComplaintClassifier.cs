namespace Bot.Domain.Language;

/// <summary>Classifies a complaint description into a <see cref="ComplaintCategory"/> with a confidence.</summary>
public interface IComplaintClassifier
{
    Task<(ComplaintCategory Category, double Confidence)> ClassifyAsync(string description, CancellationToken cancellationToken);
}
