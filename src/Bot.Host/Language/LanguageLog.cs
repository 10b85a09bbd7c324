namespace Bot.Host.Language;

internal static partial class LanguageLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Language parse request rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string reason);
}
