using Bot.Dialogs.Complaints;
using Bot.Dialogs.Tracking;
using Bot.Domain.Language;
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
        if (!again && activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            // The conversation starts with a message: it may already say what the customer wants.
            var choice = MenuChoices.Recognize(activity.Text, locale);
            if (choice is not null && !TurnUnderstanding.MayHoldNumber(step.Context))
            {
                return await step.NextAsync(choice, cancellationToken);
            }
            var understanding = await TurnUnderstanding.GetAsync(_language, step.Context, cancellationToken);
            if (choice is not null || (understanding is not null && !JustGreets(understanding)))
            {
                return await step.NextAsync(choice, cancellationToken);
            }
        }
        var options = again
            ? CustomerServiceText.Ask(locale, "MenuAgain", "MenuRetry")
            : CustomerServiceText.Ask(locale, "Welcome", "MenuRetry", _botName);
        return await step.PromptAsync(DialogIds.Menu, options, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TooManyAttempts)
        {
            return await step.NextAsync(step.Result, cancellationToken);
        }
        var choice = (step.Result as FoundChoice)?.Value;
        // A button or a menu word needs no understanding, unless the message may also carry tracking numbers.
        var understanding = choice is null || TurnUnderstanding.MayHoldNumber(step.Context)
            ? await TurnUnderstanding.GetAsync(_language, step.Context, cancellationToken)
            : null;
        if (understanding is not null)
        {
            if (understanding.Signals.Any || understanding.Intent == Intent.TalkToPerson)
            {
                choice = MenuChoices.Human;
            }
            else if (TurnUnderstanding.TrackingNumbers(understanding) is { Count: > 0 } numbers)
            {
                return await step.BeginDialogAsync(DialogIds.Track, new TrackingRequest(numbers), cancellationToken);
            }
        }
        switch (choice)
        {
            case MenuChoices.Track:
                return await step.BeginDialogAsync(DialogIds.Track, new TrackingRequest([]), cancellationToken);
            case MenuChoices.Complain:
                return await step.BeginDialogAsync(DialogIds.Complaint, new ComplaintRequest(Again: false), cancellationToken);
            case MenuChoices.Check:
                return await step.BeginDialogAsync(DialogIds.CheckComplaint, new CheckComplaintRequest(ReferenceOf(understanding)), cancellationToken);
            case MenuChoices.Human:
                await step.Context.SendActivityAsync(CustomerServiceText.Get("NoAgents", step.DialogContext.Locale), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            default:
                return understanding is null
                    ? await step.NextAsync(step.Result, cancellationToken)
                    : await RouteByIntentAsync(step, understanding, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TooManyAttempts)
        {
            await step.Context.SendActivityAsync(CustomerServiceText.Get("TooManyAttempts", step.DialogContext.Locale), cancellationToken);
        }
        if (step.Result is ConversationEnded)
        {
            return await step.EndDialogAsync(ConversationEnded.Instance, cancellationToken);
        }
        return await step.ReplaceDialogAsync(DialogIds.MainLoop, new MenuRequest(Again: true), cancellationToken);
    }

    // Any text is an answer to the menu: what is not one of its options is understood and routed by intent.
    private static Task<bool> MenuAnswerAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded || !string.IsNullOrWhiteSpace(prompt.Context.Activity.Text));
}
