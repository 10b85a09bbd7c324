using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty message text is an answer.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string DefaultRetryText => "TextRetry";

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text) ? new PromptRecognizerResult<string>(false, null) : new PromptRecognizerResult<string>(true, text));
    }
}
