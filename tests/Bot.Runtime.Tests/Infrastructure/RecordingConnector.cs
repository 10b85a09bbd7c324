using System.Collections.Concurrent;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Runtime.Tests.Infrastructure;

/// <summary>An in-memory channel: keeps what the bot sent and gives each activity an id like a channel would.</summary>
public sealed class RecordingConnector : IChannelConnector
{
    private int _next;

    public ConcurrentQueue<Activity> Sent { get; } = new();

    public List<string> Deleted { get; } = [];

    public IReadOnlyList<string?> Texts => Sent.Select(a => a.Text).ToList();

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = $"{activity.Conversation?.Id}-out-{Interlocked.Increment(ref _next)}";
        Sent.Enqueue(activity with { Id = id });
        return Task.FromResult(new ResourceResponse(id));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        Deleted.Add(activityId);
        return Task.CompletedTask;
    }
}
