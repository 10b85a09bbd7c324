using Bot.Domain.Language;

namespace Bot.Language.Tests.AzureOpenAI;

/// <summary>Stands in for the offline recogniser: always the same answer, Source "offline".</summary>
public sealed class FixedOfflineUnderstanding(params RecognizedEntity[] entities) : ILanguageUnderstanding
{
    public int Calls { get; private set; }

    public Task<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(new Understanding(
            Intent.Help, 0.5, entities, Sentiment.Neutral, "en", EscalationSignals.None, "offline"));
    }
}
