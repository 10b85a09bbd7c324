using Microsoft.Extensions.Logging;
using TokenSource = Microsoft.Identity.Client.TokenSource;

namespace Bot.Protocol.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Connector {Operation} got {StatusCode} on attempt {Attempt}; retrying in {DelayMs} ms")]
    public static partial void RetryingAfterStatus(ILogger logger, string operation, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Connector {Operation} could not reach the channel on attempt {Attempt}; retrying in {DelayMs} ms")]
    public static partial void RetryingAfterException(ILogger logger, Exception exception, string operation, int attempt, double delayMs);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Connector {Operation} failed with {StatusCode} ({ErrorCode}) after {Attempt} attempt(s)")]
    public static partial void RequestFailed(ILogger logger, string operation, int statusCode, string? errorCode, int attempt);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug,
        Message = "Connector {Operation} succeeded with {StatusCode}")]
    public static partial void RequestSucceeded(ILogger logger, string operation, int statusCode);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug,
        Message = "Bot token obtained from {TokenSource}, expires {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, TokenSource tokenSource, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error,
        Message = "Bot token request to {Authority} failed with {ErrorCode}")]
    public static partial void TokenFailed(ILogger logger, Exception exception, string authority, string errorCode);
}
