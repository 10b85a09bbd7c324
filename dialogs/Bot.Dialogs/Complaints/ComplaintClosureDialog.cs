using Bot.Dialogs.Main;
using Bot.Dialogs.Surveys;
using Bot.Domain.Complaints;
using Bot.Domain.Surveys;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// The closure question of a resolved complaint (R4): shows the resolution (what was done, compensation, cause) and asks
/// "are you satisfied with the result?". Yes closes the complaint and offers the satisfaction survey; no reopens it,
/// escalates it (not satisfied with the resolution) and says what happens next. Begun by the complaint-status dialog,
/// or as a digression over whatever the customer is doing on the proactive turn that brings a resolution
/// (<see cref="IsTriggered"/>).
/// </summary>
public sealed class ComplaintClosureDialog : ComplaintTaskDialog
{
    private const string TriggerKey = "complaints.closure.reference";
    private const string BegunKey = "complaints.closure.begun";
    private const string ReferenceValue = "reference";

    private readonly CustomerServiceServices _services;

    public ComplaintClosureDialog(CustomerServiceServices services)
        : base(DialogIds.ComplaintClosure, new Dictionary<string, string> { [ComplaintDialogIds.Satisfied] = "Help.Satisfied" })
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        AddDialog(new WaterfallDialog(ComplaintDialogIds.ClosureSteps, [AskStepAsync, AnswerStepAsync]));
        AddDialog(new SatisfiedPrompt(ComplaintDialogIds.Satisfied));
        AddDialog(new SurveyDialog(services));
    }

    /// <summary>True on the proactive turn that brings a resolved complaint to the customer, until the question is asked.</summary>
    public static bool IsTriggered(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.TurnState.ContainsKey(TriggerKey) && !turn.TurnState.ContainsKey(BegunKey);
    }

    /// <summary>Marks this turn as bringing the resolution of <paramref name="reference"/> (see <see cref="IsTriggered"/>).</summary>
    internal static void Trigger(TurnContext turn, ComplaintReference reference) => turn.TurnState[TriggerKey] = reference.ToString();

    /// <summary>True once the closure question was asked this turn.</summary>
    internal static bool HasBegun(TurnContext turn) => turn.TurnState.ContainsKey(BegunKey);

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var given = step.GetOptions<ComplaintClosureRequest>()?.Reference ?? (turn.TurnState.TryGetValue(TriggerKey, out var marked) ? marked as string : null);
        turn.TurnState[BegunKey] = true;
        if (!ComplaintReference.TryParse(given, out var reference)
            || await _services.Complaints.FindAsync(reference, cancellationToken) is not { Status: ComplaintStatus.Resolved, Resolution: { } resolution })
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var locale = step.DialogContext.Locale;
        step.Values[ReferenceValue] = reference.ToString();
        await turn.SendActivityAsync(ComplaintText.Message(ComplaintMessages.Resolution(resolution, locale)), cancellationToken);
        return await step.PromptAsync(ComplaintDialogIds.Satisfied, ComplaintText.Ask(locale, "AskSatisfied", "SatisfiedRetry"), cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var reference = ComplaintReference.Parse(step.Values[ReferenceValue]!.GetValue<string>());
        if (step.Result is not bool satisfied)
        {
            await step.Context.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("ClosureLater", locale, reference)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        // Read again: the answer may come much later than the question.
        if (await _services.Complaints.FindAsync(reference, cancellationToken) is not { Status: ComplaintStatus.Resolved } complaint)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }
        complaint.RecordSatisfaction(satisfied, _services.Time.GetUtcNow());
        await _services.Complaints.SaveAsync(complaint, cancellationToken);
        if (!satisfied)
        {
            await step.Context.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("ComplaintReopened", locale, reference)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        await step.Context.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("ComplaintClosed", locale, reference)), cancellationToken);
        return await step.BeginDialogAsync(
            DialogIds.Survey, new SurveyRequest(SurveyTrigger.AfterComplaintResolved, ComplaintReference: reference.ToString()), cancellationToken);
    }
}
