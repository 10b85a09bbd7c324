using Bot.Dialogs.Complaints;
using Bot.Dialogs.Main;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// Shipment tracking (DOMAIN.md §5, R19–R22), begun with a <see cref="TrackingRequest"/>: asks for a tracking number
/// unless one was given, answers every number found in the message from the store, then the follow-up question.
/// Ends with a <see cref="NextTask"/> (complain / a person), a <see cref="Surveys.SurveyRequest"/> ("that's all"), null
/// (nothing was found) or <see cref="TooManyAttempts.Instance"/> (no answer could be understood).
/// </summary>
public sealed class TrackShipmentDialog : InterruptibleDialog
{
    private readonly ILanguageUnderstanding _language;
    private readonly ShipmentAnswers _answers;

    public TrackShipmentDialog(CustomerServiceServices services)
        : base(DialogIds.Track)
    {
        ArgumentNullException.ThrowIfNull(services);
        _language = services.Language;
        _answers = new ShipmentAnswers(services);
        AddDialog(new WaterfallDialog(TrackingIds.Steps, [AskNumberStepAsync, AnswerStepAsync, LoopStepAsync]));
        AddDialog(new TextPrompt(DialogIds.TrackingNumber, HasTrackingNumberAsync));
        AddDialog(new TrackingFollowUpDialog(services));
        // The innermost interruptible dialog checks digressions: a resolved complaint arriving while the customer tracks
        // a shipment is asked about here, as it would be at the menu.
        AddDigression(new ComplaintClosureDialog(services), ComplaintClosureDialog.IsTriggered);
        foreach (var texts in CustomerServiceText.All)
        {
            AddPromptTexts(texts);
        }
    }

    protected override string GetHelpText(DialogContext innerDc) => ActiveStepId(innerDc) switch
    {
        DialogIds.TrackingNumber => CustomerServiceText.Get("HelpTracking", innerDc.Locale),
        TrackingIds.FollowUpChoice => TrackingText.Get("HelpFollowUp", innerDc.Locale),
        TrackingIds.Digits => TrackingText.Get("HelpDigits", innerDc.Locale),
        _ => base.GetHelpText(innerDc),
    };

    // At the follow-up question "talk to a person" or "不用了" are its answers, not interruptions.
    protected override Interruption? RecognizeInterruption(DialogContext innerDc)
    {
        var interruption = base.RecognizeInterruption(innerDc);
        return interruption is not null && ActiveStepId(innerDc) == TrackingIds.FollowUpChoice
            && TrackingActions.Recognize(innerDc.Context.Activity.Text, TrackingActions.All, innerDc.Locale) is not null
            ? null
            : interruption;
    }

    // A tracking question loses nothing when cancelled: no "are you sure?".
    protected override bool HasCollectedData(DialogContext scopeDc) => false;

    protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        PromptLocale.Follow(innerDc, CustomerServiceText.All);
        return base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<bool> HasTrackingNumberAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        (await NumbersAsync(prompt.Context, cancellationToken)).Count > 0;

    private async Task<IReadOnlyList<string>> NumbersAsync(TurnContext turn, CancellationToken cancellationToken) =>
        TurnUnderstanding.TrackingNumbers(await TurnUnderstanding.GetAsync(_language, turn, cancellationToken));

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
        var followUp = await _answers.AnswerAsync(step.Context, numbers, step.DialogContext.Locale, cancellationToken);
        return await step.BeginDialogAsync(TrackingIds.FollowUp, followUp, cancellationToken);
    }

    private static async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is TrackAnother another
            ? await step.ReplaceDialogAsync(TrackingIds.Steps, new TrackingRequest(another.Numbers), cancellationToken)
            : await step.EndDialogAsync(step.Result, cancellationToken);
}
