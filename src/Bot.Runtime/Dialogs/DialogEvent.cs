namespace Bot.Runtime.Dialogs;

/// <summary>An event delivered to the active dialog and, when <paramref name="Bubble"/> is set, to its ancestors.</summary>
public sealed record DialogEvent(string Name, object? Value, bool Bubble);
