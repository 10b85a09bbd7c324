namespace Bot.Protocol.Connector;

/// <summary>Supplies the bearer token the bot attaches to its calls to a channel's Connector service (PROTOCOL.md §3.2).</summary>
public interface IBotTokenProvider
{
    /// <summary>A current access token, or null when no app id is configured (anonymous, e.g. the Emulator).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
