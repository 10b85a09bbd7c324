using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Localization;
using Bot.Runtime.State;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Complaints;

// The proactive turn that brings a resolution: tells it, then runs the customer-service dialog so that the closure
// digression is begun on top of whatever question is waiting (which is asked again once the closure is answered).
internal sealed class ComplaintClosureTurn(DialogRunner runner, CustomerServiceDialog root, ConversationState conversationState, ILogger log)
{
    public async Task RunAsync(TurnContext turn, Complaint complaint, CancellationToken cancellationToken)
    {
        var locale = complaint.Details.Locale;
        turn.SetLocale(locale);
        // Said first, so that a question busy with something else is not asked again by this turn (nothing is "retried"
        // once the turn has responded).
        await turn.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("ResolvedNotice", locale, complaint.Reference)), cancellationToken);
        await BeginQuietlyWhenIdleAsync(turn, cancellationToken);
        // Digressions are begun by messages: the proactive turn takes part as an empty one, marked as bringing the resolution.
        turn.Activity.Type = ActivityTypes.Message;
        turn.Activity.Text = null;
        ComplaintClosureDialog.Trigger(turn, complaint.Reference);
        await runner.RunAsync(root, turn, cancellationToken);
        if (!ComplaintClosureDialog.HasBegun(turn))
        {
            // Another question on the side is waiting (e.g. a closure not answered yet): say how to answer later.
            ComplaintsLog.ClosureDeferred(log, complaint.Reference);
            await turn.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("ClosureLater", locale, complaint.Reference)), cancellationToken);
        }
    }

    // With nothing under way (e.g. after a goodbye), the main loop is begun without a word at "what else can I do", so
    // the closure has a question to return to, and the customer gets no welcome in the middle of the conversation.
    private async Task BeginQuietlyWhenIdleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = await conversationState.GetAsync(turn, ConversationState.DialogStateProperty, () => new DialogState(), cancellationToken);
        if (state.DialogStack.Count > 0)
        {
            return;
        }
        var quiet = new TurnContext(turn.Activity, turn.Connector);
        foreach (var (key, value) in turn.TurnState)
        {
            quiet.TurnState[key] = value;
        }
        quiet.OnSendActivities((_, activities, _, _) => Task.FromResult<IReadOnlyList<ResourceResponse>>([.. activities.Select(_ => new ResourceResponse(null))]));
        var dialogs = new DialogSet().Add(root);
        await new DialogContext(dialogs, quiet, state).BeginDialogAsync(root.Id, new MenuRequest(Again: true), cancellationToken);
        state.Version = dialogs.GetVersion();
    }
}
