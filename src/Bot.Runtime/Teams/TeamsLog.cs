using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Teams;

internal static partial class TeamsLog
{
    [LoggerMessage(701, LogLevel.Debug,
        "Teams message {ActivityId} in {ConversationType} conversation {ConversationId} does not mention the bot; not answered")]
    public static partial void NotMentioned(ILogger logger, string? activityId, string conversationType, string? conversationId);
}
