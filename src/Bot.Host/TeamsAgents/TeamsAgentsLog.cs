namespace Bot.Host.TeamsAgents;

internal static partial class TeamsAgentsLog
{
    [LoggerMessage(1, LogLevel.Information, "Escalation {EscalationId} posted to the agents' channel as {ConversationId}")]
    public static partial void ThreadCreated(ILogger logger, string escalationId, string conversationId);

    [LoggerMessage(2, LogLevel.Warning, "Could not {Operation} for escalation {EscalationId} in the agents' channel")]
    public static partial void PostFailed(ILogger logger, Exception exception, string operation, string escalationId);

    [LoggerMessage(3, LogLevel.Warning, "The agents' channel queue is full; {Operation} for escalation {EscalationId} dropped")]
    public static partial void QueueFull(ILogger logger, string operation, string escalationId);

    [LoggerMessage(4, LogLevel.Information, "Teams user {AadObjectId} ({FromId}) is not linked to a desk account; refused {Action}")]
    public static partial void UnknownAgent(ILogger logger, string? aadObjectId, string? fromId, string action);

    [LoggerMessage(5, LogLevel.Information, "Agents' channel: {Action} on escalation {EscalationId} by {AgentId}: {Result}")]
    public static partial void Acted(ILogger logger, string action, string escalationId, string agentId, string result);

    [LoggerMessage(7, LogLevel.Trace, "Agents' channel line for escalation {EscalationId}: {Text}")]
    public static partial void LineText(ILogger logger, string escalationId, string text);

    [LoggerMessage(8, LogLevel.Warning, "Could not list the waiting escalations to redraw their cards in the agents' channel")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}
