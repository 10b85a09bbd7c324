using Bot.Dialogs.Complaints;
using Bot.Dialogs.Surveys;
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
        var request = step.GetOptions<MenuRequest>();
        var followUp = (object?)request?.Next ?? request?.Survey;
        if (followUp is not null)
        {
            return await step.NextAsync(followUp, cancellationToken);
        }
        var locale = step.DialogContext.Locale;
        if (request?.OfferPerson == true)
        {
            return await step.PromptAsync(DialogIds.OfferPerson, CustomerServiceText.Ask(locale, "OfferPerson", "OfferPersonRetry"), cancellationToken);
        }
        var again = request?.Again == true || step.Context.Responded;
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
        if (HumanHandoff.WasQueued(step.Context))
        {
            // A person takes over: the bot falls silent (the customer's messages go to the agent meanwhile); the
            // hand-back begins the dialog again with the survey, and a customer who leaves the queue starts afresh.
            return await step.EndDialogAsync(ConversationEnded.Instance, cancellationToken);
        }
        var options = request?.Retry == true ? CustomerServiceText.Ask(locale, "MenuRetry", "MenuRetry")
            : again ? CustomerServiceText.Ask(locale, "MenuAgain", "MenuRetry")
            : CustomerServiceText.Ask(locale, "Welcome", "MenuRetry", _botName);
        return await step.PromptAsync(DialogIds.Menu, options, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case NextTask next:
                return await BeginNextTaskAsync(step, next, cancellationToken);
            case SurveyRequest survey:
                return await step.BeginDialogAsync(DialogIds.Survey, survey, cancellationToken);
            case bool wantsPerson:
                return await AnswerOfferAsync(step, wantsPerson, cancellationToken);
            case TooManyAttempts:
                // Only the offer of a person can run out of attempts here (any menu answer is taken): back to the menu.
                return await step.NextAsync(null, cancellationToken);
        }
        var choice = (step.Result as FoundChoice)?.Value;
        if (choice is null && string.IsNullOrWhiteSpace(step.Context.Activity.Text))
        {
            return await step.NextAsync(Misunderstood.NoText, cancellationToken);
        }
        // A button or a menu word needs no understanding, unless the message may also carry tracking numbers.
        var understanding = choice is null || TurnUnderstanding.MayHoldNumber(step.Context)
            ? await TurnUnderstanding.GetAsync(_language, step.Context, cancellationToken)
            : null;
        if (understanding is not null)
        {
            if (understanding.Signals.Any || understanding.Intent == Intent.TalkToPerson || IsAngerWithoutTask(understanding))
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
                await _handoff.HandOffAsync(step.DialogContext, EscalationReasonOf(understanding), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            default:
                return understanding is null
                    ? await step.NextAsync(step.Result, cancellationToken)
                    : await RouteByIntentAsync(step, understanding, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var next = new MenuRequest(Again: true);
        switch (step.Result)
        {
            case ConversationEnded:
                return await step.EndDialogAsync(ConversationEnded.Instance, cancellationToken);
            case NextTask task:
                next = next with { Next = task };
                break;
            case SurveyRequest survey:
                next = next with { Survey = survey };
                break;
            case TooManyAttempts:
                // A task's question went unanswered several times in a row: more than enough to offer a person now.
                await step.Context.SendActivityAsync(CustomerServiceText.Get("TooManyAttempts", step.DialogContext.Locale), cancellationToken);
                Misunderstandings.Add(step.DialogContext, step.Context);
                next = next with { OfferPerson = true };
                break;
            case Misunderstood misunderstood:
                var inARow = Misunderstandings.Add(step.DialogContext, step.Context);
                next = inARow >= _misunderstandingsBeforeOffer
                    ? next with { OfferPerson = true }
                    : next with { Retry = misunderstood == Misunderstood.NoText };
                break;
        }
        return await step.ReplaceDialogAsync(DialogIds.MainLoop, next, cancellationToken);
    }

    // Any message is an answer to the menu: text that is not one of its options is understood and routed by intent,
    // and a message without text counts as not understood.
    private static Task<bool> MenuAnswerAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(true);
}
