using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>One line of a labelled evaluation set (eval/language/utterances.jsonl).</summary>
public sealed record LabelledUtterance(
    string Text,
    string? Locale,
    Intent Intent,
    IReadOnlyList<LabelledEntity> Entities,
    EscalationSignals Signals,
    string? Language)
{
    public UnderstandingRequest ToRequest() => new(Text, Locale);
}
