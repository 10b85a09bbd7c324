namespace Bot.Domain.Language;

/// <summary>The result of understanding one message.</summary>
/// <param name="Language">"en" or "zh": the language the customer wrote in (mixed text: the dominant one).</param>
/// <param name="Source">Which implementation produced it: "offline" or "azure-openai".</param>
public sealed record Understanding(
    Intent Intent,
    double Confidence,
    IReadOnlyList<RecognizedEntity> Entities,
    Sentiment Sentiment,
    string Language,
    EscalationSignals Signals,
    string Source)
{
    public IEnumerable<RecognizedEntity> OfKind(EntityKind kind) => Entities.Where(e => e.Kind == kind);
}
