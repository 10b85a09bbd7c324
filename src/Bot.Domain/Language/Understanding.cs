namespace Bot.Domain.Language;

/// <summary>
/// The result of understanding one message. <c>Language</c> is "en" or "zh" (for mixed text the dominant one);
/// <c>Source</c> says which implementation produced it: "offline" or "azure-openai".
/// </summary>
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
