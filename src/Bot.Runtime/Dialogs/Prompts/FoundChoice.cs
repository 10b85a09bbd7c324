namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>The choice the user picked: its value, its index in the list, the match score (0..1) and the synonym matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym);
