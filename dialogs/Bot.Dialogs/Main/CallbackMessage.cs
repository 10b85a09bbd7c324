using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.State;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

// When nobody can take the chat (closed, or nobody online), the customer is invited to leave a message: the next message
// is taken as that message and becomes a call-back case, whatever question the dialog is waiting on; "no" declines.
internal static class CallbackMessage
{
    private const string Property = "customerService.callbackMessage";
    private static readonly ConversationState State = new();

    public static Task AwaitAsync(TurnContext turn, CancellationToken cancellationToken) =>
        State.SetAsync(turn, Property, true, cancellationToken);

    /// <summary>True when this message was the awaited call-back message (or declined it) and the turn is answered.</summary>
    public static async Task<bool> TryTakeAsync(TurnContext turn, IHandoffRequests? handoff, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (handoff is null || activity.Type != ActivityTypes.Message || !await State.HasAsync(turn, Property, cancellationToken))
        {
            return false;
        }
        await State.DeleteAsync(turn, Property, cancellationToken);
        var text = activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var locale = turn.GetLocale();
        if (ConfirmRecognizer.Recognize(text) == false)
        {
            await turn.SendActivityAsync(CustomerServiceText.Message(CustomerServiceText.Get("CallbackDeclined", locale)), cancellationToken);
            return true;
        }
        var reference = await handoff.LeaveMessageAsync(
            new ConversationAddress(activity.ChannelId!, activity.Conversation!.Id!), text, HumanHandoff.LanguageOf(locale), cancellationToken);
        await turn.SendActivityAsync(CustomerServiceText.Message(CustomerServiceText.Get("CallbackTaken", locale, reference)), cancellationToken);
        return true;
    }
}
