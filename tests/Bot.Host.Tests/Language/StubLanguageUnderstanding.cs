using Bot.Domain.Language;

namespace Bot.Host.Tests.Language;

/// <summary>Answers TrackShipment with the one tracking number it is told about, Greeting otherwise.</summary>
internal sealed class StubLanguageUnderstanding : ILanguageUnderstanding
{
    public const string TrackingNumber = "RA123456785CN";

    public Task<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
    {
        var start = request.Text.IndexOf(TrackingNumber, StringComparison.OrdinalIgnoreCase);
        var understanding = start < 0
            ? new Understanding(Intent.Greeting, 0.7, [], Sentiment.Neutral, "en", EscalationSignals.None, "stub")
            : new Understanding(
                Intent.TrackShipment,
                0.9,
                [new RecognizedEntity(EntityKind.TrackingNumber, TrackingNumber, request.Text.Substring(start, TrackingNumber.Length), start)],
                Sentiment.Negative,
                request.Locale?.StartsWith("zh", StringComparison.Ordinal) == true ? "zh" : "en",
                new EscalationSignals(LegalThreat: request.Text.Contains("sue", StringComparison.Ordinal)),
                "stub");
        return Task.FromResult(understanding);
    }
}
