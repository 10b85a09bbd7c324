using Bot.Dialogs.Complaints;
using Bot.Dialogs.Tracking;
using Bot.Domain.Complaints;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Main;

// What a task asks the main loop to do next, the offer of a person, and why a person is brought in.
public sealed partial class CustomerServiceDialog
{
    private async Task<DialogTurnResult> BeginNextTaskAsync(WaterfallStepContext step, NextTask next, CancellationToken cancellationToken)
    {
        switch (next.Choice)
        {
            case MenuChoices.Track:
                return await step.BeginDialogAsync(
                    DialogIds.Track, new TrackingRequest(next.TrackingNumber is { } number ? [number] : []), cancellationToken);
            case MenuChoices.Complain:
                return await step.BeginDialogAsync(
                    DialogIds.Complaint, new ComplaintRequest(Again: false, TrackingNumber: next.TrackingNumber), cancellationToken);
            case MenuChoices.Check:
                return await step.BeginDialogAsync(DialogIds.CheckComplaint, new CheckComplaintRequest(null), cancellationToken);
            case MenuChoices.Human:
                await _handoff.HandOffAsync(step.DialogContext, EscalationReason.CustomerAskedForPerson, cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            default:
                return await step.NextAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AnswerOfferAsync(WaterfallStepContext step, bool wantsPerson, CancellationToken cancellationToken)
    {
        if (wantsPerson)
        {
            await _handoff.HandOffAsync(step.DialogContext, EscalationReason.RepeatedMisunderstanding, cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync(CustomerServiceText.Get("OfferDeclined", step.DialogContext.Locale), cancellationToken);
        }
        return await step.NextAsync(null, cancellationToken);
    }

    private static EscalationReason EscalationReasonOf(Understanding? understanding) => understanding?.Signals switch
    {
        { LegalThreat: true } => EscalationReason.LegalThreat,
        { MediaThreat: true } => EscalationReason.MediaThreat,
        { RegulatorThreat: true } => EscalationReason.RegulatorThreat,
        { SwitchingProvider: true } => EscalationReason.SwitchingProvider,
        _ when understanding is not null && IsAngerWithoutTask(understanding) => EscalationReason.NegativeSentiment,
        _ => EscalationReason.CustomerAskedForPerson,
    };

    // A strongly negative message the bot can do nothing with (no task in it) goes to a person rather than to the menu;
    // an angry complaint or tracking question is handled (the complaint starts with an apology).
    private static bool IsAngerWithoutTask(Understanding understanding) =>
        understanding.Sentiment == Sentiment.StronglyNegative
        && understanding.Intent is Intent.OutOfScope or Intent.Greeting or Intent.Help or Intent.GiveFeedback;

    // A main-menu turn that was not understood: a message without text (the menu is asked again as a retry), or text
    // the understanding found out of scope (its answer says what the bot can do).
    private sealed class Misunderstood
    {
        public static readonly Misunderstood NoText = new();
        public static readonly Misunderstood OutOfScope = new();

        private Misunderstood()
        {
        }
    }
}
