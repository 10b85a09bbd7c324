namespace Bot.Runtime.Dialogs;

/// <summary>What a dialog operation left behind: the stack's status and, when a dialog ended, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
