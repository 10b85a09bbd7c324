using Bot.Dialogs.Complaints;
using Bot.Dialogs.Tracking;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Main;

// Free text that is not a menu option, routed by what the language understanding made of it.
public sealed partial class CustomerServiceDialog
{
    // A first message that only says hello (or nothing we can act on) is answered with the welcome and the menu.
    private static bool JustGreets(Understanding understanding) =>
        understanding.Intent is Intent.Greeting or Intent.OutOfScope
        && !understanding.Signals.Any && !understanding.OfKind(EntityKind.TrackingNumber).Any();

    private static string? ReferenceOf(Understanding? understanding) =>
        understanding?.OfKind(EntityKind.ComplaintReference).Select(e => e.Value).FirstOrDefault();

    private static async Task<DialogTurnResult> RouteByIntentAsync(
        WaterfallStepContext step, Understanding understanding, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        switch (understanding.Intent)
        {
            case Intent.TrackShipment:
                return await step.BeginDialogAsync(DialogIds.Track, new TrackingRequest([]), cancellationToken);
            case Intent.FileComplaint:
                return await step.BeginDialogAsync(DialogIds.Complaint, new ComplaintRequest(Again: false), cancellationToken);
            case Intent.CheckComplaint:
                return await step.BeginDialogAsync(DialogIds.CheckComplaint, new CheckComplaintRequest(ReferenceOf(understanding)), cancellationToken);
            case Intent.Greeting or Intent.Cancel:
                return await step.NextAsync(null, cancellationToken);
            case Intent.Help or Intent.ChangeLanguage:
                // A language switch in words the interruptions did not take: the menu help says how to switch.
                await step.Context.SendActivityAsync(CustomerServiceText.Get("HelpMenu", locale), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            case Intent.ThanksGoodbye:
                await step.Context.SendActivityAsync(CustomerServiceText.Get("Goodbye", locale), cancellationToken);
                return await step.NextAsync(ConversationEnded.Instance, cancellationToken);
            case Intent.GiveFeedback:
                await step.Context.SendActivityAsync(CustomerServiceText.Get("FeedbackThanks", locale), cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            default:
                await step.Context.SendActivityAsync(CustomerServiceText.Get("OutOfScope", locale), cancellationToken);
                return await step.NextAsync(Misunderstood.OutOfScope, cancellationToken);
        }
    }
}
