namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>Decides whether a recognized answer is acceptable; it may send its own message to say why not.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
