namespace Bot.Domain.Complaints;

/// <summary>Tells the customer's conversation that their complaint changed (progress, resolution, escalation).</summary>
public interface IComplaintNotifier
{
    Task ComplaintChangedAsync(Complaint complaint, ComplaintChange change, CancellationToken ct);
}
