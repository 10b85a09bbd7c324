namespace Bot.Domain.Complaints;

/// <summary>Complaint records in the shared store.</summary>
public interface IComplaintStore
{
    /// <summary>Stores a new complaint under the next reference of its opening year (CMP-YYYY-NNNNNN) and returns it.</summary>
    Task<Complaint> CreateAsync(NewComplaint complaint, CancellationToken ct);

    /// <summary>The complaint with this reference, or null when it is unknown.</summary>
    Task<Complaint?> FindAsync(ComplaintReference reference, CancellationToken ct);

    /// <summary>Saves the complaint's state: lifecycle, escalation, resolution, closure and updates (new updates appended).</summary>
    Task SaveAsync(Complaint complaint, CancellationToken ct);

    /// <summary>Open, acknowledged or in-progress complaints whose promised time is before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Complaint>> ListOverdueAsync(DateTimeOffset now, CancellationToken ct);
}
