using Microsoft.Extensions.Logging;

namespace Bot.Data.Sqlite;

internal static partial class SqliteLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} store writes failed; each of them reports the error.")]
    public static partial void WriteBatchFailed(ILogger logger, Exception exception, int count);
}
