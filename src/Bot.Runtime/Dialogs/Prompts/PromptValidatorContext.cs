using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>What a validator sees: the turn, what was recognized, the prompt's options and the attempt (1-based).</summary>
public sealed class PromptValidatorContext<T>(TurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount, string locale)
{
    public TurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>How many answers the user has given to this prompt, this one included.</summary>
    public int AttemptCount { get; } = attemptCount;

    /// <summary>The turn's locale ("en-US" or "zh-CN"), for validators that send their own message.</summary>
    public string Locale { get; } = locale;
}
