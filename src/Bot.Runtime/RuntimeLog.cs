using Microsoft.Extensions.Logging;

namespace Bot.Runtime;

internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Error,
        "Turn failed (reference {ReferenceId}, activity type {ActivityType}, channel {ChannelId}, conversation {ConversationId})")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string referenceId, string? activityType, string? channelId, string? conversationId);

    [LoggerMessage(2, LogLevel.Error, "Could not send the turn-error message (reference {ReferenceId})")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string referenceId);

    [LoggerMessage(3, LogLevel.Debug, "Waiting for the lease of {ConversationKey}, held by another instance")]
    public static partial void WaitingForLease(ILogger logger, string conversationKey);

    [LoggerMessage(4, LogLevel.Warning, "Could not renew the lease of {ConversationKey}")]
    public static partial void LeaseRenewFailed(ILogger logger, Exception exception, string conversationKey);

    [LoggerMessage(5, LogLevel.Warning, "Could not release the lease of {ConversationKey}; it will expire")]
    public static partial void LeaseReleaseFailed(ILogger logger, Exception exception, string conversationKey);

    [LoggerMessage(6, LogLevel.Debug, "Activity {ActivityId} of {ConversationKey} was already processed; skipped")]
    public static partial void DuplicateActivity(ILogger logger, string activityId, string conversationKey);

    [LoggerMessage(7, LogLevel.Information, "State {StateKey} changed concurrently (attempt {Attempt}); re-applying this turn's changes")]
    public static partial void StateConflict(ILogger logger, string stateKey, int attempt);

    [LoggerMessage(8, LogLevel.Information, "Pruned {Count} dedupe markers older than {OlderThan}")]
    public static partial void PrunedProcessedActivities(ILogger logger, int count, DateTimeOffset olderThan);

    [LoggerMessage(9, LogLevel.Warning, "Pruning dedupe markers failed")]
    public static partial void PruneFailed(ILogger logger, Exception exception);
}
