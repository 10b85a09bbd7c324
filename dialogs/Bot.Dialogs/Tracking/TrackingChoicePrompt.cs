using System.Text.Json.Nodes;
using Bot.Dialogs.Main;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// The follow-up question after a tracking answer. The options shown are kept in <see cref="PromptOptions.Validations"/>
/// and the buttons are built in the turn's language each time it asks (so they follow a language switch). An answer
/// holding tracking numbers is recognized too: those shipments are tracked next.
/// </summary>
internal sealed class TrackingChoicePrompt(string id, ILanguageUnderstanding language) : Prompt<FoundChoice>(id)
{
    protected override string DefaultRetryText => "ChoiceRetry";

    public static JsonArray Offer(IEnumerable<string> offered) => [.. offered.Select(o => JsonValue.Create(o))];

    protected override async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = turnContext.GetLocale();
        var choices = TrackingActions.Choices(Offered(options), locale);
        var message = ChoiceFactory.Render(turnContext.Activity, QuestionFor(turnContext, options, isRetry), choices, options.Style, locale);
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (TurnUnderstanding.MayHoldNumber(turnContext)
            && TurnUnderstanding.TrackingNumbers(await TurnUnderstanding.GetAsync(language, turnContext, cancellationToken)).Count > 0)
        {
            return new PromptRecognizerResult<FoundChoice>(true, new FoundChoice(TrackingActions.Track, -1, 1.0, null));
        }
        var found = TrackingActions.Recognize(turnContext.Activity.Text, Offered(options), turnContext.GetLocale());
        return new PromptRecognizerResult<FoundChoice>(found is not null, found);
    }

    private static List<string> Offered(PromptOptions options) =>
        options.Validations is JsonArray offered ? [.. offered.Select(o => o?.GetValue<string>()).OfType<string>()] : [.. TrackingActions.All];
}
