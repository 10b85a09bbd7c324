using System.Collections.Concurrent;
using Bot.Domain.Complaints;

namespace Bot.Host.Tests.Operations;

internal sealed class RecordingComplaintNotifier : IComplaintNotifier
{
    public ConcurrentQueue<(string Reference, ComplaintStatus Status, ComplaintChange Change)> Calls { get; } = new();

    public Task ComplaintChangedAsync(Complaint complaint, ComplaintChange change, CancellationToken ct)
    {
        Calls.Enqueue((complaint.Reference.ToString(), complaint.Status, change));
        return Task.CompletedTask;
    }
}
