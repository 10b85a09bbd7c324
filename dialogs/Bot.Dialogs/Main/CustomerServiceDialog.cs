using Bot.Dialogs.Complaints;
using Bot.Dialogs.Surveys;
using Bot.Dialogs.Tracking;
using Bot.Domain.Complaints;
using Bot.Domain.Language;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;

namespace Bot.Dialogs.Main;

/// <summary>
/// The root of the customer-service conversation: a welcome and a menu (track a shipment, make a complaint, check a
/// complaint, talk to a person) that each task returns to. Cancel, help, start over, a person and a language switch
/// work at every step (tasks handle them at their own questions); free text at the menu is understood
/// (<see cref="ILanguageUnderstanding"/>) and routed by its intent, entities and escalation signals. A task may end by
/// asking for another task (<see cref="NextTask"/>) or a survey (<see cref="SurveyRequest"/>). After
/// <see cref="CustomerServiceOptions.MisunderstandingsBeforeOffer"/> messages in a row the menu did not understand (or a
/// task that gave up on an answer) the customer is offered a person; every handoff goes through <see cref="HumanHandoff"/>.
/// </summary>
public sealed partial class CustomerServiceDialog : InterruptibleDialog
{
    private readonly string _botName;
    private readonly int _misunderstandingsBeforeOffer;
    private readonly ILanguageUnderstanding _language;
    private readonly HumanHandoff _handoff;
    private readonly ChoiceConfirmPrompt _offerPerson = new(DialogIds.OfferPerson, CustomerServiceText.Strings, "OfferPersonYes", "OfferPersonNo");

    public CustomerServiceDialog(CustomerServiceServices services)
        : base(DialogIds.Root)
    {
        ArgumentNullException.ThrowIfNull(services);
        _botName = services.Options.Name;
        _misunderstandingsBeforeOffer = services.Options.MisunderstandingsBeforeOffer;
        _language = services.Language;
        _handoff = new HumanHandoff(services);
        AddDialog(new WaterfallDialog(DialogIds.MainLoop, [MenuStepAsync, RouteStepAsync, LoopStepAsync]));
        AddDialog(new MenuPrompt(DialogIds.Menu, MenuAnswerAsync));
        AddDialog(_offerPerson);
        AddDialog(new TrackShipmentDialog(services));
        AddDialog(new MakeComplaintDialog(services));
        AddDialog(new CheckComplaintDialog(services));
        AddDialog(new SurveyDialog(services));
        AddDigression(new ComplaintClosureDialog(services), ComplaintClosureDialog.IsTriggered);
        foreach (var texts in CustomerServiceText.All)
        {
            AddPromptTexts(texts);
        }
    }

    protected override string GetHelpText(DialogContext innerDc) => ActiveStepId(innerDc) switch
    {
        DialogIds.Menu => CustomerServiceText.Get("HelpMenu", innerDc.Locale),
        DialogIds.OfferPerson => CustomerServiceText.Get("HelpOfferPerson", innerDc.Locale),
        _ => base.GetHelpText(innerDc),
    };

    // "Talk to a person" answers the offer of a person rather than interrupting it.
    protected override Interruption? RecognizeInterruption(DialogContext innerDc)
    {
        var interruption = base.RecognizeInterruption(innerDc);
        return interruption is not null && ActiveStepId(innerDc) == DialogIds.OfferPerson && _offerPerson.Recognizes(innerDc.Context)
            ? null
            : interruption;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        PromptLocale.Follow(innerDc, CustomerServiceText.All);
        var result = await base.OnContinueDialogAsync(innerDc, cancellationToken);
        if (innerDc.Context.Activity.Type == ActivityTypes.Message)
        {
            Misunderstandings.ResetUnlessMarked(innerDc, innerDc.Context);
        }
        return result;
    }

    // "Talk to a person" from any step: hand off, then back to the menu.
    protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Name != InterruptionEvents.HandoffRequested || dc.Child is not { } innerDc)
        {
            return false;
        }
        await _handoff.HandOffAsync(dc, EscalationReason.CustomerAskedForPerson, cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await innerDc.BeginDialogAsync(DialogIds.MainLoop, new MenuRequest(Again: true), cancellationToken);
        return true;
    }
}
