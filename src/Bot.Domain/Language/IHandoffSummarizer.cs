namespace Bot.Domain.Language;

/// <summary>Writes the short case summary an agent reads when taking over a conversation.</summary>
public interface IHandoffSummarizer
{
    Task<string> SummarizeAsync(IReadOnlyList<ConversationLine> lines, string locale, CancellationToken cancellationToken);
}
