using Bot.Domain.Complaints;

namespace Bot.Dialogs.Complaints;

/// <summary>Tells the customer's conversation proactively that their complaint changed. STUB: being written.</summary>
public sealed class ComplaintNotifier : IComplaintNotifier
{
    public Task ComplaintChangedAsync(Complaint complaint, ComplaintChange change, CancellationToken ct) => Task.CompletedTask;
}
