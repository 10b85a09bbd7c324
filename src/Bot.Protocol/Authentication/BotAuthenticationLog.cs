using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Authentication;

internal static partial class BotAuthenticationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Bot Connector request from channel {ChannelId}: {Reason}")]
    public static partial void Rejected(ILogger logger, string? channelId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing key {KeyId} unknown; refreshing OpenID metadata from {MetadataUrl}")]
    public static partial void RefreshingKeys(ILogger logger, string keyId, string metadataUrl);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Authenticated {TokenKind} token for channel {ChannelId}")]
    public static partial void Authenticated(ILogger logger, string tokenKind, string? channelId);
}
