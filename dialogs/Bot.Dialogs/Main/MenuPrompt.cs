using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

/// <summary>
/// A choice prompt for the main menu whose buttons are built in the turn's language each time it asks, so after
/// "中文" / "English" the menu is asked again with translated buttons (a stored choice list would keep the old ones).
/// </summary>
public sealed class MenuPrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override string DefaultRetryText => "ChoiceRetry";

    protected override async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = turnContext.GetLocale();
        var message = ChoiceFactory.Render(turnContext.Activity, QuestionFor(turnContext, options, isRetry), MenuChoices.For(locale), options.Style, locale);
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var found = MenuChoices.Recognize(turnContext.Activity.Text, turnContext.GetLocale());
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(found is not null, found));
    }
}
