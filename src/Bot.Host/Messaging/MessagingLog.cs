namespace Bot.Host.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected /api/messages request: {Reason}")]
    public static partial void BadActivity(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused anonymous /api/messages request from {RemoteAddress}: no app id is configured and the caller is not local")]
    public static partial void AnonymousRemoteCaller(ILogger logger, string? remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationKey} is busy; answered 503")]
    public static partial void ConversationBusy(ILogger logger, string? conversationKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The Teams members API of {ConversationId} does not know the sender; treated as an unknown customer")]
    public static partial void MemberNotFound(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Teams members API of {ConversationId} could not be asked; the sender is treated as an unknown customer")]
    public static partial void MemberLookupFailed(ILogger logger, Exception exception, string conversationId);
}
