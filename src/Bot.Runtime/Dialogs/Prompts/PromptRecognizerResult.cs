namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>What a prompt read from the user's message; <see cref="Value"/> is meaningful only when it succeeded.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value);
