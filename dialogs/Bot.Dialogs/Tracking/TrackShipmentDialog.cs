using Bot.Dialogs.Main;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// Asks for a tracking number (unless one was given) and notes it; numbers are the language understanding's entities. Interim: live tracking (issue 5) replaces the answer.
/// Ends with <see cref="TooManyAttempts.Instance"/> when no number could be read after the allowed attempts.
/// </summary>
public sealed class TrackShipmentDialog : ComponentDialog
{
    private readonly ILanguageUnderstanding _language;

    public TrackShipmentDialog(ILanguageUnderstanding language)
        : base(DialogIds.Track)
    {
        ArgumentNullException.ThrowIfNull(language);
        _language = language;
        AddDialog(new WaterfallDialog($"{DialogIds.Track}.steps", [AskNumberStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(DialogIds.TrackingNumber, HasTrackingNumberAsync));
    }

    private async Task<bool> HasTrackingNumberAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        (await NumbersAsync(prompt.Context, cancellationToken)).Count > 0;

    private async Task<IReadOnlyList<string>> NumbersAsync(TurnContext turn, CancellationToken cancellationToken) =>
        TurnUnderstanding.TrackingNumbers(await TurnUnderstanding.GetAsync(_language, turn, cancellationToken));

    internal static string Noted(IReadOnlyList<string> numbers, string locale) =>
        CustomerServiceText.Get("TrackingNoted", locale, CustomerServiceText.JoinList(numbers, locale));

    private static async Task<DialogTurnResult> AskNumberStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<TrackingRequest>() is { Numbers.Count: > 0 } request)
        {
            return await step.NextAsync(request.Numbers, cancellationToken);
        }
        var options = CustomerServiceText.Ask(step.DialogContext.Locale, "AskTrackingNumber", "TrackingRetry");
        return await step.PromptAsync(DialogIds.TrackingNumber, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var numbers = step.Result switch
        {
            IReadOnlyList<string> given => given,
            string => await NumbersAsync(step.Context, cancellationToken),
            _ => [],
        };
        if (numbers.Count == 0)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        await step.Context.SendActivityAsync(Noted(numbers, step.DialogContext.Locale), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
