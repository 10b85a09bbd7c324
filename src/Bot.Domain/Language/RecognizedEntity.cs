namespace Bot.Domain.Language;

/// <summary>An entity found in the text. <see cref="Text"/> is the literal span; <see cref="Value"/> its normalised value
/// (e.g. upper-cased tracking number, ISO date, a <see cref="ComplaintCategory"/> name).</summary>
public sealed record RecognizedEntity(EntityKind Kind, string Value, string Text, int Start = -1);
