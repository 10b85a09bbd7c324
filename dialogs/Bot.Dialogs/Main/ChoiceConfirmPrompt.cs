using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

/// <summary>
/// A yes/no question whose two buttons say what each answer does ("Talk to a person" / "No, continue"), built in the
/// turn's language each time it asks. Either button's title in either language, its position, or a plain yes/no in
/// English or Chinese answers it.
/// </summary>
public sealed class ChoiceConfirmPrompt(string id, LocalizedText texts, string yesTitle, string noTitle, PromptValidator<bool>? validator = null)
    : Prompt<bool>(id, validator)
{
    private const string Yes = "yes";
    private const string No = "no";

    protected override string DefaultRetryText => "ConfirmRetry";

    protected override async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = turnContext.GetLocale();
        var choices = Choices(locale);
        var message = ChoiceFactory.Render(turnContext.Activity, QuestionFor(turnContext, options, isRetry), choices, options.Style, locale);
        message.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>True when the turn's message answers this question (so it is not an interruption, e.g. "talk to a person").</summary>
    public bool Recognizes(TurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Recognize(turnContext) is not null;
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = Recognize(turnContext);
        return Task.FromResult(new PromptRecognizerResult<bool>(answer is not null, answer ?? false));
    }

    private bool? Recognize(TurnContext turnContext)
    {
        var text = turnContext.Activity.Text;
        var locale = turnContext.GetLocale();
        return ChoiceRecognizer.Recognize(text, Choices(locale), BotLocales.Culture(locale)) is { } found
            ? found.Value == Yes
            : ConfirmRecognizer.Recognize(text);
    }

    // The buttons show this locale's titles; the other locales' titles are synonyms, so a button sent before a language
    // switch still answers.
    private List<Choice> Choices(string locale) =>
    [
        new(Yes, [.. Others(yesTitle, locale)], texts.Get(yesTitle, locale)),
        new(No, [.. Others(noTitle, locale)], texts.Get(noTitle, locale)),
    ];

    private IEnumerable<string> Others(string title, string locale) =>
        BotLocales.Supported.Where(l => l != locale).Select(l => texts.Get(title, l));
}
