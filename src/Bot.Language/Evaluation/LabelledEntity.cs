using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>A gold entity of a labelled utterance: its kind and normalised value.</summary>
public sealed record LabelledEntity(EntityKind Kind, string Value);
