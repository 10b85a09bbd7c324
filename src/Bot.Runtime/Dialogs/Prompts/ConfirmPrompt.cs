using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with localized Yes/No buttons; understands yes/no in English and Chinese ("yep", "不是",
/// "好的") and the buttons' positions ("1", "2").
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override string DefaultRetryText => "ConfirmRetry";

    protected override async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = turnContext.GetLocale();
        var question = QuestionFor(turnContext, options, isRetry);
        var style = options.Style == ListStyle.Auto ? ListStyle.SuggestedAction : options.Style;
        if (style == ListStyle.SuggestedAction && ChoiceFactory.MaxSuggestedActions(turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.ConversationType) < 2)
        {
            style = ChoiceFactory.StyleFor(turnContext.Activity, 2);
        }
        var message = ChoiceFactory.Render(turnContext.Activity, question, YesNo(locale), style, locale);
        message.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        if (ConfirmRecognizer.Recognize(text) is { } answer)
        {
            return Task.FromResult(new PromptRecognizerResult<bool>(true, answer));
        }
        // "1" / "2" pick the buttons by position.
        var position = OrdinalReader.Read(RecognizerText.Normalize(text), BotLocales.Culture(turnContext.GetLocale()));
        return Task.FromResult(position is 0 or 1 || position == int.MaxValue
            ? new PromptRecognizerResult<bool>(true, position == 0)
            : new PromptRecognizerResult<bool>(false, false));
    }

    private static Choice[] YesNo(string locale) => [new(PromptText.Get("Yes", locale)), new(PromptText.Get("No", locale))];
}
