using Bot.Dialogs.Complaints;
using Bot.Dialogs.Tracking;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Main;

// The main loop: menu → the chosen task → back to the menu.
public sealed partial class CustomerServiceDialog
{
    private async Task<DialogTurnResult> MenuStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var again = step.GetOptions<MenuRequest>()?.Again == true || step.Context.Responded;
        var activity = step.Context.Activity;
        if (!again && activity.Type == ActivityTypes.Message)
        {
            // The conversation starts with a message: it may already say what the customer wants.
            if (TrackingNumbers.FindAll(activity.Text).Count > 0)
            {
                return await step.NextAsync(null, cancellationToken);
            }
            if (MenuChoices.Recognize(activity.Text, locale) is { } choice)
            {
                return await step.NextAsync(choice, cancellationToken);
            }
        }
        var options = again
            ? CustomerServiceText.Ask(locale, "MenuAgain", "MenuRetry")
            : CustomerServiceText.Ask(locale, "Welcome", "MenuRetry", _botName);
        return await step.PromptAsync(DialogIds.Menu, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (TrackingNumbers.FindAll(step.Context.Activity.Text) is { Count: > 0 } numbers && step.Result is not TooManyAttempts)
        {
            return await step.BeginDialogAsync(DialogIds.Track, new TrackingRequest(numbers), cancellationToken);
        }
        switch ((step.Result as FoundChoice)?.Value)
        {
            case MenuChoices.Track:
                return await step.BeginDialogAsync(DialogIds.Track, new TrackingRequest([]), cancellationToken);
            case MenuChoices.Complain:
                return await step.BeginDialogAsync(DialogIds.Complaint, new ComplaintRequest(Again: false), cancellationToken);
            case MenuChoices.Check:
                return await step.BeginDialogAsync(DialogIds.CheckComplaint, null, cancellationToken);
            case MenuChoices.Human:
                await step.Context.SendActivityAsync(CustomerServiceText.Get("NoAgents", step.DialogContext.Locale), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            default:
                return await step.NextAsync(step.Result, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TooManyAttempts)
        {
            await step.Context.SendActivityAsync(CustomerServiceText.Get("TooManyAttempts", step.DialogContext.Locale), cancellationToken);
        }
        return await step.ReplaceDialogAsync(DialogIds.MainLoop, new MenuRequest(Again: true), cancellationToken);
    }

    // A tracking number is an answer to the menu too: it goes straight to tracking.
    private static Task<bool> MenuAnswerAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || TrackingNumbers.FindAll(prompt.Context.Activity.Text).Count > 0);
}
