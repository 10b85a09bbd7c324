namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>One option of a choice prompt: its value, other words that pick it, and the text shown (value when null).</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null, string? Title = null);
