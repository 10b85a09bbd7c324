using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Host.Messaging;

/// <summary>
/// Collects a turn's replies for a <c>deliveryMode: expectReplies</c> request, which returns them in the HTTP body
/// (PROTOCOL.md §2.4). Stamps each with an id and a UTC timestamp, as a channel would.
/// </summary>
internal sealed class BufferedRepliesConnector(TimeProvider time) : IChannelConnector
{
    private readonly List<Activity> replies = [];
    private readonly Lock gate = new();

    public List<Activity> Replies
    {
        get
        {
            lock (gate)
            {
                return [.. replies];
            }
        }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stamped = activity with { Id = NewId(), Timestamp = time.GetUtcNow() };
        lock (gate)
        {
            replies.Add(stamped);
        }

        return Task.FromResult(new ResourceResponse(stamped.Id));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (gate)
        {
            // The caller has not seen the earlier version yet, so the update simply replaces it in the body.
            var index = replies.FindIndex(reply => reply.Id == activity.Id);
            var updated = activity with { Id = activity.Id ?? NewId(), Timestamp = time.GetUtcNow() };
            if (index >= 0)
            {
                replies[index] = updated;
            }
            else
            {
                replies.Add(updated);
            }

            return Task.FromResult(new ResourceResponse(updated.Id));
        }
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            replies.RemoveAll(reply => reply.Id == activityId);
        }

        return Task.CompletedTask;
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
