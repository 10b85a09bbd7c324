using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

internal static partial class HandoffLog
{
    [LoggerMessage(1, LogLevel.Information, "Handoff requested for {Conversation} ({Reason}): {Outcome} {EscalationId}")]
    public static partial void Requested(ILogger logger, ConversationAddress conversation, EscalationReason reason, HandoffOutcome outcome, string? escalationId);

    [LoggerMessage(2, LogLevel.Information, "Escalation {EscalationId}: {Action} by {Actor}")]
    public static partial void Changed(ILogger logger, string escalationId, string action, string actor);

    [LoggerMessage(3, LogLevel.Warning, "Could not reach the customer of {Conversation}")]
    public static partial void CustomerUnreachable(ILogger logger, Exception exception, ConversationAddress conversation);

    [LoggerMessage(4, LogLevel.Warning, "Could not update the agent desks")]
    public static partial void DesksUnreachable(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Information, "Escalation {EscalationId} waited too long; callback case {Reference}")]
    public static partial void TimedOut(ILogger logger, string escalationId, string reference);

    [LoggerMessage(6, LogLevel.Information, "handoff.status {State} for {Conversation}")]
    public static partial void ExternalStatus(ILogger logger, string state, ConversationAddress conversation);

    [LoggerMessage(7, LogLevel.Warning, "handoff.status {State} for {Conversation} ignored: no external handoff is open")]
    public static partial void ExternalStatusIgnored(ILogger logger, string? state, ConversationAddress conversation);

    [LoggerMessage(8, LogLevel.Error, "The handoff monitor failed; it retries at the next tick")]
    public static partial void MonitorFailed(ILogger logger, Exception exception);

    [LoggerMessage(9, LogLevel.Information, "Callback case {Reference} left in {Conversation} ({Reason})")]
    public static partial void CallbackCase(ILogger logger, string reference, ConversationAddress conversation, string reason);

    [LoggerMessage(10, LogLevel.Warning, "A handoff.status for {Conversation} could not be applied; the contact centre still gets its 200")]
    public static partial void StatusFailed(ILogger logger, Exception exception, ConversationAddress conversation);
}
