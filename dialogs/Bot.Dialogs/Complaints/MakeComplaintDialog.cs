using Bot.Dialogs.Main;
using Bot.Dialogs.Tracking;
using Bot.Domain.Complaints;
using Bot.Domain.Language;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// Complaint intake in the order of the seed procedure (DOMAIN.md §1.2 B, R1): apologise; the problem in the customer's
/// words (unless the message that started the complaint already told it); the waybill (checked against the store; "I
/// don't have one" is fine); a contact phone; the category (classified, confirmed); photos and the goods' value for
/// damage or loss; the facts and the customer's feeling restated for a yes/no ("no" asks again); "what would you like
/// us to do?"; then the complaint is stored with its promised resolution time and department and confirmed with its
/// reference and the goods' current status. Threats, key accounts and high severity are escalated at once
/// (<see cref="ComplaintEscalationPolicy"/>). Ends with <see cref="TooManyAttempts.Instance"/> when a required answer
/// could not be understood.
/// </summary>
public sealed partial class MakeComplaintDialog : ComplaintTaskDialog
{
    private static readonly Dictionary<string, string> Help = new()
    {
        [ComplaintDialogIds.Description] = "Help.Description",
        [ComplaintDialogIds.Waybill] = "Help.Waybill",
        [ComplaintDialogIds.ProposeWaybill] = "Help.ProposeWaybill",
        [ComplaintDialogIds.Phone] = "Help.Phone",
        [ComplaintDialogIds.ProposePhone] = "Help.ProposePhone",
        [ComplaintDialogIds.ConfirmCategory] = "Help.Category",
        [ComplaintDialogIds.ChooseCategory] = "Help.Category",
        [ComplaintDialogIds.Photo] = "Help.Photo",
        [ComplaintDialogIds.Value] = "Help.Value",
        [ComplaintDialogIds.Confirm] = "Help.Confirm",
        [ComplaintDialogIds.Desired] = "Help.Desired",
    };

    // Questions at which a tracking number is a side question rather than (part of) the answer.
    private static readonly HashSet<string> TrackingDigressionSteps =
    [
        ComplaintDialogIds.ConfirmCategory, ComplaintDialogIds.ChooseCategory, ComplaintDialogIds.Photo, ComplaintDialogIds.Value,
        ComplaintDialogIds.Confirm,
    ];

    private readonly CustomerServiceServices _services;
    private readonly ResolutionPromiseCalculator _promises;
    private readonly TimeZoneInfo _zone;

    public MakeComplaintDialog(CustomerServiceServices services)
        : base(DialogIds.Complaint, Help)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _promises = services.Complaint.CreatePromiseCalculator();
        _zone = services.Complaint.CreateCalendar().TimeZone;
        AddDialog(new WaterfallDialog(ComplaintDialogIds.Steps,
        [
            DescribeStepAsync, WaybillStepAsync, PhoneStepAsync, CategoryStepAsync, EvidenceStepAsync, ConfirmStepAsync,
            DesiredStepAsync, FinishStepAsync,
        ]));
        AddDialog(new TextPrompt(ComplaintDialogIds.Description, ComplaintValidators.DescriptionAsync));
        foreach (var dialog in new WaybillQuestions(services).Dialogs()
            .Concat(new PhoneQuestions(services).Dialogs())
            .Concat(new CategoryQuestions(services).Dialogs())
            .Concat(EvidenceQuestions.Dialogs()))
        {
            AddDialog(dialog);
        }
        AddDialog(new ConfirmPrompt(ComplaintDialogIds.Confirm));
        AddDialog(new TextPrompt(ComplaintDialogIds.Desired, ComplaintValidators.DesiredAsync));
        AddDigression(new TrackingDigressionDialog(services), IsTrackingDigression);
        AddDigression(new ComplaintClosureDialog(services), ComplaintClosureDialog.IsTriggered);
    }

    // Every answer is understood (once per turn, shared with the main dialog): threats in any of them escalate the
    // complaint, and a tracking number at a question that does not ask for one is answered on the side.
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turn = innerDc.Context;
        if (turn.Activity.Type == ActivityTypes.Message && turn.Activity.Text?.Count(char.IsLetterOrDigit) >= 2
            && await TurnUnderstanding.GetAsync(_services.Language, turn, cancellationToken) is { } understanding)
        {
            ComplaintSignals.Merge(innerDc, understanding.Signals);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private static bool IsTrackingDigression(TurnContext turn) =>
        AnsweredStep(turn) is { } step && TrackingDigressionSteps.Contains(step)
        && TurnUnderstanding.TrackingNumbers(TurnUnderstanding.Known(turn)).Count > 0;

    private async Task<DialogTurnResult> DescribeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var request = step.GetOptions<ComplaintRequest>() ?? new ComplaintRequest(Again: false);
        await step.Context.SendActivityAsync(ComplaintText.Message(ComplaintText.Get(request.Again ? "ComplaintAgain" : "ComplaintApology", locale)), cancellationToken);
        var told = request.Again ? null : request.Description ?? await ToldInThisMessageAsync(step, cancellationToken);
        return told is not null
            ? await step.NextAsync(told, cancellationToken)
            : await step.PromptAsync(ComplaintDialogIds.Description, ComplaintText.Ask(locale, "AskDescription", "DescriptionRetry"), cancellationToken);
    }

    private async Task<DialogTurnResult> WaybillStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string description)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        new IntakeValues(step.Values).Description = description;
        var understanding = await ComplaintUnderstanding.OfAsync(_services.Language, step.Context, description, cancellationToken);
        ComplaintSignals.Merge(step.DialogContext, understanding?.Signals ?? EscalationSignals.None);
        var given = step.GetOptions<ComplaintRequest>()?.TrackingNumber;
        return await step.BeginDialogAsync(ComplaintDialogIds.WaybillSteps, new WaybillRequest(description, given), cancellationToken);
    }

    private static async Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var number = (step.Result as WaybillAnswer)?.Number;
        new IntakeValues(step.Values).TrackingNumber = number;
        return await step.BeginDialogAsync(ComplaintDialogIds.PhoneSteps, new PhoneRequest(number), cancellationToken);
    }

    private static async Task<DialogTurnResult> CategoryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (phone, unsaid) = step.Result switch
        {
            PhoneNumber said => (said, false),
            UnsaidPhone onFile => (onFile.Number, true),
            _ => (null, false),
        };
        if (phone is null)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        var values = new IntakeValues(step.Values) { Phone = phone.Value, PhoneUnsaid = unsaid };
        return await step.BeginDialogAsync(ComplaintDialogIds.CategorySteps, new CategoryRequest(values.Description), cancellationToken);
    }

    private static async Task<DialogTurnResult> EvidenceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not ComplaintCategory category)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        new IntakeValues(step.Values).Category = category;
        return IntakeValues.AsksForEvidence(category)
            ? await step.BeginDialogAsync(ComplaintDialogIds.DamageSteps, null, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }
}
