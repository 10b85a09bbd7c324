using System.Text;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Complaints;

// "Are you satisfied with the result?" with the buttons "Satisfied" / "Not satisfied": understands those words (and
// "满意" / "不满意", "happy", "unhappy") besides a plain yes or no and the buttons' positions.
internal sealed class SatisfiedPrompt(string id) : Prompt<bool>(id)
{
    private static readonly HashSet<string> NotSatisfied = new(StringComparer.Ordinal)
    {
        "not satisfied", "unsatisfied", "dissatisfied", "not happy", "unhappy", "not really", "not at all",
        "不满意", "不太满意", "很不满意", "非常不满意", "不满", "不行", "不好",
    };

    private static readonly HashSet<string> Satisfied = new(StringComparer.Ordinal)
    {
        "satisfied", "very satisfied", "happy", "i am satisfied", "i'm satisfied", "im satisfied", "i am happy", "i'm happy",
        "满意", "很满意", "挺满意", "非常满意", "还算满意", "满意了", "还行", "可以",
    };

    protected override string DefaultRetryText => "ConfirmRetry";

    protected override async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = turnContext.GetLocale();
        var buttons = Buttons(locale);
        var style = ChoiceFactory.MaxSuggestedActions(turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.ConversationType) >= buttons.Count
            ? ListStyle.SuggestedAction
            : ChoiceFactory.StyleFor(turnContext.Activity, buttons.Count);
        var message = ChoiceFactory.Render(turnContext.Activity, QuestionFor(turnContext, options, isRetry), buttons, style, locale);
        message.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = Recognize(turnContext.Activity.Text, turnContext.GetLocale());
        return Task.FromResult(new PromptRecognizerResult<bool>(answer is not null, answer ?? false));
    }

    internal static bool? Recognize(string? text, string locale)
    {
        var normalized = (text ?? "").Normalize(NormalizationForm.FormKC).Trim().TrimEnd('.', '!', '。', '！').ToLowerInvariant().Replace('’', '\'');
        if (normalized.Length == 0)
        {
            return null;
        }
        if (NotSatisfied.Contains(normalized))
        {
            return false;
        }
        if (Satisfied.Contains(normalized))
        {
            return true;
        }
        if (ConfirmRecognizer.Recognize(normalized) is { } yesNo)
        {
            return yesNo;
        }
        return ChoiceRecognizer.Recognize(normalized, Buttons(locale), BotLocales.Culture(locale)) is { } choice ? choice.Index == 0 : null;
    }

    // The other language's labels pick a button too.
    private static IReadOnlyList<Choice> Buttons(string locale) =>
    [
        new("yes", [.. BotLocales.Supported.Select(l => ComplaintText.Get("SatisfiedYes", l))], ComplaintText.Get("SatisfiedYes", locale)),
        new("no", [.. BotLocales.Supported.Select(l => ComplaintText.Get("SatisfiedNo", l))], ComplaintText.Get("SatisfiedNo", locale)),
    ];
}
