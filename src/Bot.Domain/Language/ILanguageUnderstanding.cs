namespace Bot.Domain.Language;

/// <summary>
/// Understands one customer message: intent, entities, sentiment, language and escalation signals.
/// Implementations: the offline bilingual recogniser (default, and the fallback) and Azure OpenAI.
/// </summary>
public interface ILanguageUnderstanding
{
    Task<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken);
}
