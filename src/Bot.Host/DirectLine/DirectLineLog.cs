namespace Bot.Host.DirectLine;

internal static partial class DirectLineLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed the turn for Direct Line activity {ActivityId} ({ActivityType}) in {ConversationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string conversationId, string? activityId, string? activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading Direct Line activities of {ConversationId} after watermark {Watermark} failed; answering an empty set")]
    public static partial void PollFailed(ILogger logger, Exception exception, string conversationId, string? watermark);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} opened after watermark {Watermark}")]
    public static partial void StreamOpened(ILogger logger, string conversationId, long watermark);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} closed: {Reason}")]
    public static partial void StreamClosed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line stream of {ConversationId} failed")]
    public static partial void StreamFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line upload of {FileCount} file(s), {TotalBytes} bytes, to {ConversationId}")]
    public static partial void Uploaded(ILogger logger, string conversationId, int fileCount, long totalBytes);
}
