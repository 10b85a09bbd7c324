using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as the channel allows (see
/// <see cref="ChoiceFactory"/>); understands the value, title, synonyms, the position and small typos.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override string DefaultRetryText => "ChoiceRetry";

    protected override async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = ChoiceFactory.Render(turnContext.Activity, QuestionFor(turnContext, options, isRetry), options.Choices ?? [], options.Style, turnContext.GetLocale());
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices ?? [], BotLocales.Culture(turnContext.GetLocale()));
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(found is not null, found));
    }
}
