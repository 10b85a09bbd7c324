using System.Collections.Concurrent;

namespace Bot.Host.DirectLine;

/// <summary>One WebSocket per conversation: a new stream ends the previous one with reason "collision".</summary>
internal sealed class DirectLineStreamRegistry
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> streams = new(StringComparer.Ordinal);

    /// <summary>Registers a stream; its token is cancelled when a newer stream of the same conversation arrives.</summary>
    public CancellationTokenSource Register(string conversationId)
    {
        var current = new CancellationTokenSource();
        streams.AddOrUpdate(conversationId, current, (_, previous) =>
        {
            try
            {
                previous.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // That stream already ended.
            }
            return current;
        });
        return current;
    }

    public void Unregister(string conversationId, CancellationTokenSource stream)
    {
        streams.TryRemove(new KeyValuePair<string, CancellationTokenSource>(conversationId, stream));
        stream.Dispose();
    }
}
