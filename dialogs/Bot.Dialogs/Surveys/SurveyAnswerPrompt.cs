using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Surveys;

// Asks one survey question. A rating takes a number of its scale (digits, English words, Chinese numerals, "4 stars",
// "五分") or, for satisfaction, the scale's words; the comment takes any text that is not a request to the bot
// (help, cancel ...). Every question takes "skip" (this one) and "not now" (stop). Buttons show the scale where the
// channel has them; elsewhere the question's text names the scale and plain words answer.
internal sealed class SurveyAnswerPrompt(string id, bool comment) : Prompt<SurveyReply>(id)
{
    private const string MinKey = "min";
    private const string MaxKey = "max";
    private const string WordsKey = "words";

    private static readonly InterruptionRecognizer Interruptions = new();

    public static PromptOptions Validations(PromptOptions options, int min, int max, bool satisfactionWords)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Validations = new JsonObject { [MinKey] = min, [MaxKey] = max, [WordsKey] = satisfactionWords } };
    }

    protected override string DefaultRetryText => "NumberRetry";

    protected override async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = turnContext.GetLocale();
        var (min, max, _) = Read(options);
        List<Choice> choices = [.. Enumerable.Range(min, comment ? 0 : max - min + 1).Select(n => new Choice(n.ToString(CultureInfo.InvariantCulture))), new(SurveyText.Get("SurveySkip", locale))];
        var style = ChoiceFactory.StyleFor(turnContext.Activity, choices.Count);
        // A numbered list would mix up positions and scores: without buttons the question's text is enough.
        var message = ChoiceFactory.Render(turnContext.Activity, QuestionFor(turnContext, options, isRetry), choices,
            style is ListStyle.SuggestedAction or ListStyle.HeroCard ? style : ListStyle.None, locale);
        message.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<SurveyReply>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var reply = Recognize(turnContext.Activity.Text, options, turnContext.GetLocale());
        return Task.FromResult(new PromptRecognizerResult<SurveyReply>(reply is not null, reply!));
    }

    private SurveyReply? Recognize(string? text, PromptOptions options, string locale)
    {
        var phrase = SurveyPhrases.Normalize(text);
        if (phrase.Length == 0)
        {
            return null;
        }
        if (SurveyPhrases.IsStop(phrase))
        {
            return SurveyReply.Stop;
        }
        if (SurveyPhrases.IsSkip(phrase, comment))
        {
            return SurveyReply.Skip;
        }
        if (comment)
        {
            // "help", "agent", "中文" … are for the bot, not a comment.
            return Interruptions.Recognize(text) is null ? new SurveyReply(SurveyReplyKind.Comment, Text: text!.Trim()) : null;
        }
        var (min, max, words) = Read(options);
        if (words && SurveyPhrases.SatisfactionScore(phrase) is { } said)
        {
            return new SurveyReply(SurveyReplyKind.Score, said);
        }
        return NumberRecognizer.RecognizeAll(text, BotLocales.Culture(locale)) is [var number, ..]
            && number.Value == decimal.Truncate(number.Value) && number.Value >= min && number.Value <= max
            ? new SurveyReply(SurveyReplyKind.Score, (int)number.Value)
            : null;
    }

    private static (int Min, int Max, bool Words) Read(PromptOptions options) =>
        options.Validations is JsonObject v
            ? (v[MinKey]?.GetValue<int>() ?? 1, v[MaxKey]?.GetValue<int>() ?? 5, v[WordsKey]?.GetValue<bool>() ?? false)
            : (1, 5, false);
}
