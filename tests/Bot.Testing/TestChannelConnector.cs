using System.Threading.Channels;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Testing;

/// <summary>An in-memory channel: stamps each reply with an id and timestamp like a channel would and queues it for the test.</summary>
public sealed class TestChannelConnector : IChannelConnector
{
    private readonly TestConversation _conversation;
    private readonly TimeProvider _time;
    private readonly Channel<Activity> _pending = Channel.CreateUnbounded<Activity>();
    private readonly List<Activity> _sent = [];
    private readonly Lock _gate = new();

    internal TestChannelConnector(TestConversation conversation, TimeProvider time)
    {
        _conversation = conversation;
        _time = time;
    }

    /// <summary>Every activity the bot sent through this connector, in order.</summary>
    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    public List<Activity> Updated { get; } = [];

    public List<string> Deleted { get; } = [];

    internal ChannelReader<Activity> Pending => _pending.Reader;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stamped = activity with { Id = _conversation.NextActivityId(), Timestamp = _time.GetUtcNow() };
        lock (_gate)
        {
            _sent.Add(stamped);
        }
        _pending.Writer.TryWrite(stamped);
        return Task.FromResult(new ResourceResponse(stamped.Id));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            Updated.Add(activity);
        }
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Deleted.Add(activityId);
        }
        return Task.CompletedTask;
    }
}
