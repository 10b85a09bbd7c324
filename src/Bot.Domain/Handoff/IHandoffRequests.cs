using Bot.Domain.Conversations;

namespace Bot.Domain.Handoff;

/// <summary>How the bot's dialogs bring in a person (implemented by the host's handoff service).</summary>
public interface IHandoffRequests
{
    /// <summary>Escalates the conversation (Bot → Queued, or to the external contact centre) and says what happened.</summary>
    Task<HandoffTicket> RequestAsync(HandoffRequest request, CancellationToken ct);

    /// <summary>
    /// Records a message for a call-back when nobody can take the chat (outside hours, no agent online, waited too long);
    /// returns the callback case's reference (a complaint-style reference the customer can quote).
    /// </summary>
    Task<string> LeaveMessageAsync(ConversationAddress conversation, string text, string language, CancellationToken ct);

    /// <summary>Who owns the conversation now.</summary>
    Task<OwnerState> OwnerOfAsync(ConversationAddress conversation, CancellationToken ct);
}
