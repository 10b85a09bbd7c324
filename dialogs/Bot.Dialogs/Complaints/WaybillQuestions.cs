using Bot.Dialogs.Main;
using Bot.Domain.Shipments;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Complaints;

// R1 step 3, the waybill number: pre-filled, or proposed when the description holds a known one, else asked for and
// checked against the store. "I don't have one" is an answer. Ends with a WaybillAnswer (never TooManyAttempts: the
// number is optional, so after the allowed attempts the complaint goes on without one).
internal sealed class WaybillQuestions(CustomerServiceServices services)
{
    private const string FoundKey = "complaint.waybillFound";
    private const string ProposedKey = "proposed";

    public IEnumerable<Dialog> Dialogs() =>
    [
        new WaterfallDialog(ComplaintDialogIds.WaybillSteps, [ProposeStepAsync, AskStepAsync, AnswerStepAsync]),
        new ConfirmPrompt(ComplaintDialogIds.ProposeWaybill),
        new TextPrompt(ComplaintDialogIds.Waybill, ValidateAsync),
    ];

    private async Task<DialogTurnResult> ProposeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<WaybillRequest>()!;
        var locale = step.DialogContext.Locale;
        if (TrackingNumber.TryParse(request.Given, out var given) && await services.Shipments.FindAsync(given, cancellationToken) is not null)
        {
            return await step.EndDialogAsync(new WaybillAnswer(given.Value), cancellationToken);
        }
        var understanding = await ComplaintUnderstanding.OfAsync(services.Language, step.Context, request.Description, cancellationToken);
        if (TurnUnderstanding.TrackingNumbers(understanding) is [var mentioned, ..] && TrackingNumber.TryParse(mentioned, out var number))
        {
            if (await services.Shipments.FindAsync(number, cancellationToken) is not null)
            {
                step.Values[ProposedKey] = number.Value;
                return await step.PromptAsync(ComplaintDialogIds.ProposeWaybill, ComplaintText.Ask(locale, "ProposeWaybill", "ConfirmRetry", number.Value), cancellationToken);
            }
            return await step.PromptAsync(ComplaintDialogIds.Waybill, ComplaintText.Ask(locale, "WaybillUnknown", "WaybillRetry", number.Value), cancellationToken);
        }
        return await step.PromptAsync(ComplaintDialogIds.Waybill, ComplaintText.Ask(locale, "AskWaybill", "WaybillRetry"), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result switch
        {
            true => await step.EndDialogAsync(new WaybillAnswer(step.Values[ProposedKey]?.GetValue<string>()), cancellationToken),
            false => await step.PromptAsync(ComplaintDialogIds.Waybill, ComplaintText.Ask(step.DialogContext.Locale, "AskWaybill", "WaybillRetry"), cancellationToken),
            _ => await step.NextAsync(step.Result, cancellationToken),
        };

    private static async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string && step.Context.TurnState.TryGetValue(FoundKey, out var answer) && answer is WaybillAnswer found)
        {
            return await step.EndDialogAsync(found, cancellationToken);
        }
        await step.Context.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("WaybillSkipped", step.DialogContext.Locale)), cancellationToken);
        return await step.EndDialogAsync(new WaybillAnswer(null), cancellationToken);
    }

    // The answer is kept for the next step this turn: a known number, or none when the customer has none.
    private async Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var turn = prompt.Context;
        var text = turn.Activity.Text;
        var candidates = TurnUnderstanding.TrackingNumbers(await TurnUnderstanding.GetAsync(services.Language, turn, cancellationToken)).ToList();
        if (candidates.Count == 0 && ComplaintValidators.IsNoNumber(text))
        {
            turn.TurnState[FoundKey] = new WaybillAnswer(null);
            return true;
        }
        if (candidates.Count == 0 && text?.Any(char.IsAsciiDigit) == true && TrackingNumber.TryParse(text, out var typed))
        {
            candidates.Add(typed.Value);
        }
        foreach (var candidate in candidates)
        {
            if (TrackingNumber.TryParse(candidate, out var number) && await services.Shipments.FindAsync(number, cancellationToken) is not null)
            {
                turn.TurnState[FoundKey] = new WaybillAnswer(number.Value);
                return true;
            }
        }
        if (candidates.Count > 0)
        {
            await turn.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("WaybillUnknown", prompt.Locale, candidates[0])), cancellationToken);
        }
        return false;
    }
}
