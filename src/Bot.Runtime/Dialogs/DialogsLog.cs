using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Dialogs;

internal static partial class DialogsLog
{
    [LoggerMessage(301, LogLevel.Information,
        "Restarting the dialogs of conversation {ConversationId}: stored version {StoredVersion}, current {CurrentVersion}")]
    public static partial void VersionChanged(ILogger logger, string? conversationId, string? storedVersion, string currentVersion);

    [LoggerMessage(302, LogLevel.Warning,
        "Restarting the dialogs of conversation {ConversationId}: the stored stack no longer fits the dialog definitions")]
    public static partial void StackDoesNotFit(ILogger logger, string? conversationId);

    [LoggerMessage(303, LogLevel.Warning, "Restarting the dialogs of conversation {ConversationId}: the stored dialog state cannot be read")]
    public static partial void StateUnreadable(ILogger logger, Exception exception, string? conversationId);
}
