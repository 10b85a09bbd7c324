using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Bot.Host.DirectLine;

/// <summary>Fan-out inside one process: a bounded channel per subscriber.</summary>
internal sealed class InProcessDirectLineBroadcaster : IDirectLineBroadcaster
{
    private const int Capacity = 512;

    private readonly ConcurrentDictionary<string, ImmutableSubscribers> conversations = new(StringComparer.Ordinal);

    public ValueTask PublishAsync(string conversationId, DirectLineEntry entry, CancellationToken cancellationToken)
    {
        if (conversations.TryGetValue(conversationId, out var subscribers))
        {
            foreach (var subscriber in subscribers.Items)
            {
                // A full buffer means a stalled socket: end it, the client reconnects and replays from its watermark.
                if (!subscriber.Channel.Writer.TryWrite(entry))
                {
                    subscriber.Channel.Writer.TryComplete(new InvalidOperationException("Subscriber fell behind."));
                }
            }
        }
        return ValueTask.CompletedTask;
    }

    public IDirectLineSubscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        conversations.AddOrUpdate(conversationId, _ => new([subscription]), (_, s) => new([.. s.Items, subscription]));
        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        while (conversations.TryGetValue(subscription.ConversationId, out var current))
        {
            var remaining = current.Items.Where(s => s != subscription).ToArray();
            var done = remaining.Length == 0
                ? conversations.TryRemove(new KeyValuePair<string, ImmutableSubscribers>(subscription.ConversationId, current))
                : conversations.TryUpdate(subscription.ConversationId, new(remaining), current);
            if (done)
            {
                return;
            }
        }
    }

    private sealed record ImmutableSubscribers(Subscription[] Items);

    private sealed class Subscription(InProcessDirectLineBroadcaster owner, string conversationId) : IDirectLineSubscription
    {
        public string ConversationId { get; } = conversationId;

        public Channel<DirectLineEntry> Channel { get; } = System.Threading.Channels.Channel.CreateBounded<DirectLineEntry>(
            new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

        public ChannelReader<DirectLineEntry> Reader => Channel.Reader;

        public void Dispose()
        {
            owner.Remove(this);
            Channel.Writer.TryComplete();
        }
    }
}
