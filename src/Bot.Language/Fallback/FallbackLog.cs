using Microsoft.Extensions.Logging;

namespace Bot.Language.Fallback;

internal static partial class FallbackLog
{
    [LoggerMessage(1, LogLevel.Warning, "Language model gave no usable answer ({Reason}, status {Status}, {ErrorType}); the offline recogniser answers")]
    public static partial void ModelFailed(ILogger logger, string reason, int? status, string? errorType);

    [LoggerMessage(2, LogLevel.Debug, "Added {Count} identifiers the offline recogniser found and the model missed")]
    public static partial void EntitiesMerged(ILogger logger, int count);
}
