namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>The result a prompt ends with after <see cref="PromptOptions.MaxAttempts"/> failed attempts.</summary>
public sealed class TooManyAttempts
{
    public static readonly TooManyAttempts Instance = new();

    private TooManyAttempts()
    {
    }
}
