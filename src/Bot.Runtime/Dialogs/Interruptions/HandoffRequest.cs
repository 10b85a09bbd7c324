namespace Bot.Runtime.Dialogs.Interruptions;

/// <summary>The value of a <see cref="InterruptionEvents.HandoffRequested"/> event.</summary>
public sealed record HandoffRequest(string Locale, string? InterruptedDialogId);
