using Bot.Dialogs.Main;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// Asks for a tracking number (unless one was given) and notes it. Interim: live tracking (issue 5) replaces the answer.
/// Ends with <see cref="TooManyAttempts.Instance"/> when no number could be read after the allowed attempts.
/// </summary>
public sealed class TrackShipmentDialog : ComponentDialog
{
    public TrackShipmentDialog()
        : base(DialogIds.Track)
    {
        AddDialog(new WaterfallDialog($"{DialogIds.Track}.steps", [AskNumberStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(DialogIds.TrackingNumber, HasTrackingNumberAsync));
    }

    internal static Task<bool> HasTrackingNumberAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(TrackingNumbers.FindAll(prompt.Context.Activity.Text).Count > 0);

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

    private static async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var numbers = step.Result switch
        {
            IReadOnlyList<string> given => given,
            string text => TrackingNumbers.FindAll(text),
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
