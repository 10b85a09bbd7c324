namespace Bot.Runtime.Dialogs.Interruptions;

/// <summary>What a message asks for instead of answering; <see cref="Locale"/> is the target of a language switch.</summary>
public sealed record Interruption(InterruptionKind Kind, string? Locale = null);
