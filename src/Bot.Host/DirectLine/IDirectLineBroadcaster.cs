namespace Bot.Host.DirectLine;

/// <summary>
/// Fans a conversation's new activities out to the WebSocket streams listening for it. The in-process
/// implementation serves one host; a Redis pub/sub implementation can take its place for several hosts
/// (ARCHITECTURE.md §8) because entries are plain strings.
/// </summary>
public interface IDirectLineBroadcaster
{
    /// <summary>Delivers an activity to every current subscriber of the conversation; never blocks on a slow one.</summary>
    ValueTask PublishAsync(string conversationId, DirectLineEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Listens to a conversation. The reader completes when the subscription is disposed, or with an error when
    /// the subscriber fell too far behind (it should reconnect and replay from its watermark).
    /// </summary>
    IDirectLineSubscription Subscribe(string conversationId);
}
