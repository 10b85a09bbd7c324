using Bot.Dialogs.Complaints;
using Bot.Dialogs.Surveys;
using Bot.Dialogs.Tracking;
using Bot.Domain.Language;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

/// <summary>
/// The root of the customer-service conversation: a menu (track a shipment, make a complaint, check a complaint, talk
/// to a person) that each task returns to. Cancel, help, start over, a person and a language switch work at every
/// step; free text at the menu is understood (<see cref="ILanguageUnderstanding"/>) and routed by its intent, entities and
/// escalation signals; a tracking number typed in the middle of a complaint is answered and the complaint goes on.
/// Until the handoff work lands, asking for a person (or an answer not understood after the allowed attempts) says
/// politely that no agents are connected yet and returns to the menu.
/// </summary>
public sealed partial class CustomerServiceDialog : InterruptibleDialog
{
    private const string ActiveStepKey = "customerService.activeStep";

    // Questions at which a tracking number is a side question rather than the answer.
    private static readonly HashSet<string> DigressionSteps =
        [DialogIds.Parcels, DialogIds.When, DialogIds.Photo, DialogIds.ConfirmComplaint, DialogIds.Reference];

    private static readonly Dictionary<string, string> HelpByStep = new()
    {
        [DialogIds.Menu] = "HelpMenu",
        [DialogIds.TrackingNumber] = "HelpTracking",
        [DialogIds.Description] = "HelpDescription",
        [DialogIds.Parcels] = "HelpParcels",
        [DialogIds.When] = "HelpWhen",
        [DialogIds.Photo] = "HelpPhoto",
        [DialogIds.ConfirmComplaint] = "HelpConfirm",
        [DialogIds.Reference] = "HelpReference",
    };

    private readonly string _botName;
    private readonly ILanguageUnderstanding _language;

    public CustomerServiceDialog(CustomerServiceServices services)
        : base(DialogIds.Root)
    {
        ArgumentNullException.ThrowIfNull(services);
        _botName = services.Options.Name;
        _language = services.Language;
        var language = services.Language;
        var timeProvider = services.Time;
        AddDialog(new WaterfallDialog(DialogIds.MainLoop, [MenuStepAsync, RouteStepAsync, LoopStepAsync]));
        AddDialog(new MenuPrompt(DialogIds.Menu, MenuAnswerAsync));
        AddDialog(new TrackShipmentDialog(language));
        AddDialog(new MakeComplaintDialog(timeProvider));
        AddDialog(new CheckComplaintDialog());
        AddDialog(new SurveyDialog(services));
        AddDigression(new TrackingDigressionDialog(), IsTrackingDigression);
        AddDigression(new ComplaintClosureDialog(services), ComplaintClosureDialog.IsTriggered);
        AddPromptTexts(CustomerServiceText.Strings);
    }

    protected override string GetHelpText(DialogContext innerDc) =>
        ActiveStepId(innerDc) is { } step && HelpByStep.TryGetValue(step, out var help)
            ? CustomerServiceText.Get(help, innerDc.Locale)
            : base.GetHelpText(innerDc);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        PromptLocale.Follow(innerDc, CustomerServiceText.Strings);
        // The digression trigger sees only the turn and cannot wait: tell it which question is being answered, and
        // understand the message first where a tracking number would be a side question.
        if (ActiveStepId(innerDc) is { } step)
        {
            var turn = innerDc.Context;
            turn.TurnState[ActiveStepKey] = step;
            if (DigressionSteps.Contains(step) && turn.Activity.Type == ActivityTypes.Message && TurnUnderstanding.MayHoldNumber(turn))
            {
                await TurnUnderstanding.GetAsync(_language, turn, cancellationToken);
            }
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    // "Talk to a person" from any step: nobody takes the handoff yet, so say so and go back to the menu.
    protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Name != InterruptionEvents.HandoffRequested || dc.Child is not { } innerDc)
        {
            return false;
        }
        await dc.Context.SendActivityAsync(CustomerServiceText.Get("NoAgents", dc.Locale), cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await innerDc.BeginDialogAsync(DialogIds.MainLoop, new MenuRequest(Again: true), cancellationToken);
        return true;
    }

    private static bool IsTrackingDigression(TurnContext turn) =>
        turn.TurnState.TryGetValue(ActiveStepKey, out var step) && step is string id && DigressionSteps.Contains(id)
        && TurnUnderstanding.TrackingNumbers(TurnUnderstanding.Known(turn)).Count > 0;
}
