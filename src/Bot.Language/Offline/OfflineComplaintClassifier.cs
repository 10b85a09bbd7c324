using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// <summary>Keyword-scored complaint category (DOMAIN.md §10 R3), English and Chinese; Other when nothing points to one.</summary>
public sealed class OfflineComplaintClassifier : IComplaintClassifier
{
    public Task<(ComplaintCategory Category, double Confidence)> ClassifyAsync(string description, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Classify(description));
    }

    internal static (ComplaintCategory Category, double Confidence) Classify(string? description)
    {
        var text = description ?? string.Empty;
        var matcher = OfflineLexicon.Matcher;
        var (category, confidence, _, _) = ToneReader.Category(matcher.Find(text, matcher.Tokenize(text)));
        return (category, Math.Round(confidence, 3));
    }
}
