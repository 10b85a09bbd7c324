using Bot.Dialogs.Main;
using Bot.Dialogs.Surveys;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;
using Bot.Domain.Surveys;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Teams;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// After the answer: "make a complaint" / "talk to a person" for a late or exception shipment (ends with a
/// <see cref="NextTask"/>), "notify me", "see delivery details", another number, or "that's all" (ends with a
/// <see cref="SurveyRequest"/> after tracking). Begun with a <see cref="TrackingFollowUp"/>; asks again after each
/// option that leaves the customer here.
/// </summary>
internal sealed class TrackingFollowUpDialog : ComponentDialog
{
    private readonly CustomerServiceServices _services;

    public TrackingFollowUpDialog(CustomerServiceServices services)
        : base(TrackingIds.FollowUp)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        AddDialog(new WaterfallDialog(TrackingIds.FollowUpSteps, [AskStepAsync, ActStepAsync, AfterDetailsStepAsync]));
        AddDialog(new TrackingChoicePrompt(TrackingIds.FollowUpChoice, services.Language));
        AddDialog(new DeliveryDetailsDialog(services));
    }

    private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = State(step);
        var options = TrackingText.Ask(step.DialogContext.Locale, state.Question, "FollowUpRetry")
            with { Validations = TrackingChoicePrompt.Offer(state.Offered()) };
        return await step.PromptAsync(TrackingIds.FollowUpChoice, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = State(step);
        switch ((step.Result as FoundChoice)?.Value)
        {
            case TrackingActions.Track:
                return await step.EndDialogAsync(new TrackAnother(TurnUnderstanding.TrackingNumbers(TurnUnderstanding.Known(step.Context))), cancellationToken);
            case TrackingActions.Complain:
                return await step.EndDialogAsync(new NextTask(MenuChoices.Complain, state.Subject), cancellationToken);
            case TrackingActions.Person:
                return await step.EndDialogAsync(new NextTask(MenuChoices.Human, state.Subject), cancellationToken);
            case TrackingActions.Notify:
                return await step.ReplaceDialogAsync(TrackingIds.FollowUpSteps, await NotifyAsync(step, state, cancellationToken), cancellationToken);
            case TrackingActions.Details when state.Private.Count > 0:
                return await step.BeginDialogAsync(TrackingIds.Details, new DeliveryDetailsRequest(state.Private), cancellationToken);
            case TrackingActions.Details when TeamsConversationTypes.IsShared(step.Context.Activity):
                // Everyone in a group chat or channel would read them: the personal chat is the place to see them.
                await step.Context.SendActivityAsync(TrackingText.Get("DetailsInPersonalChat", step.DialogContext.Locale), cancellationToken);
                return await step.ReplaceDialogAsync(TrackingIds.FollowUpSteps, state, cancellationToken);
            case TrackingActions.Details:
                await step.Context.SendActivityAsync(TrackingText.Get("DetailsUnavailable", step.DialogContext.Locale), cancellationToken);
                return await step.ReplaceDialogAsync(TrackingIds.FollowUpSteps, state with { OfferPerson = true }, cancellationToken);
            case TrackingActions.Another:
                return await step.EndDialogAsync(new TrackAnother([]), cancellationToken);
            case TrackingActions.Done:
                var survey = state.Subject is { } number ? new SurveyRequest(SurveyTrigger.AfterTracking, TrackingNumber: number) : null;
                return await step.EndDialogAsync(survey, cancellationToken);
            default:
                return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> AfterDetailsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = State(step) with { Private = [] };
        return await step.ReplaceDialogAsync(TrackingIds.FollowUpSteps, step.Result is true ? state : state with { OfferPerson = true }, cancellationToken);
    }

    // Subscribes this conversation, in the turn's language, to the shipments that can still move.
    private async Task<TrackingFollowUp> NotifyAsync(WaterfallStepContext step, TrackingFollowUp state, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var activity = step.Context.Activity;
        if (state.Notifiable.Count == 0)
        {
            // Nothing left to subscribe: already subscribed, or every shipment found has ended its journey.
            if (state.Found.Count > 0)
            {
                var text = state.Subscribed.Count > 0
                    ? TrackingText.Get("NotifySubscribed", locale, TrackingText.JoinList(state.Subscribed, locale))
                    : TrackingText.Get("NotifyFinished", locale, TrackingText.JoinList(state.Found, locale));
                await step.Context.SendActivityAsync(text, cancellationToken);
            }
            return state;
        }
        var conversation = new ConversationAddress(activity.ChannelId!, activity.Conversation!.Id!);
        var since = _services.Time.GetUtcNow();
        foreach (var number in state.Notifiable)
        {
            await _services.Subscriptions.SubscribeAsync(
                new TrackingSubscription(TrackingNumber.Parse(number), conversation, locale, since), cancellationToken);
        }
        await step.Context.SendActivityAsync(
            TrackingText.Get("NotifySubscribed", locale, TrackingText.JoinList(state.Notifiable, locale)), cancellationToken);
        return state with { Notifiable = [], Subscribed = [.. state.Subscribed, .. state.Notifiable] };
    }

    private static TrackingFollowUp State(WaterfallStepContext step) =>
        step.GetOptions<TrackingFollowUp>() ?? throw new InvalidOperationException("The tracking follow-up lost its options.");
}
