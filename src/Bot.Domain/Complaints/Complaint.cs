namespace Bot.Domain.Complaints;

/// <summary>
/// A complaint record (DOMAIN.md §10 R2): the intake facts, its lifecycle (R4: closed only after the customer said they
/// are satisfied with the result, "no" reopens it), escalation, resolution and the progress updates.
/// </summary>
public sealed class Complaint
{
    private readonly List<ComplaintUpdate> _updates;

    public Complaint(ComplaintReference reference, NewComplaint details)
        : this(reference, details, ComplaintLifecycle.Start(), details?.EscalationReason, null, null, [])
    {
    }

    private Complaint(
        ComplaintReference reference,
        NewComplaint details,
        ComplaintLifecycle lifecycle,
        EscalationReason? escalationReason,
        ComplaintResolution? resolution,
        DateTimeOffset? closedAt,
        IEnumerable<ComplaintUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(details);
        Reference = reference;
        Details = details;
        Lifecycle = lifecycle;
        EscalationReason = escalationReason;
        Resolution = resolution;
        ClosedAt = closedAt;
        _updates = [.. updates.OrderBy(u => u.At)];
    }

    public ComplaintReference Reference { get; }

    public NewComplaint Details { get; }

    public ComplaintLifecycle Lifecycle { get; }

    public ComplaintStatus Status => Lifecycle.Status;

    /// <summary>Why a person was brought in, or null when the bot and the department handle it.</summary>
    public EscalationReason? EscalationReason { get; private set; }

    /// <summary>The current resolution (null until resolved, and again after a "no" reopened the complaint).</summary>
    public ComplaintResolution? Resolution { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Progress notes, oldest first.</summary>
    public IReadOnlyList<ComplaintUpdate> Updates => _updates;

    public ComplaintUpdate? LatestUpdate => _updates.Count == 0 ? null : _updates[^1];

    /// <summary>Rebuilds a stored complaint.</summary>
    public static Complaint Restore(
        ComplaintReference reference,
        NewComplaint details,
        ComplaintLifecycle lifecycle,
        EscalationReason? escalationReason,
        ComplaintResolution? resolution,
        DateTimeOffset? closedAt,
        IEnumerable<ComplaintUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(updates);
        return new Complaint(reference, details, lifecycle, escalationReason, resolution, closedAt, updates);
    }

    public bool IsOverdue(DateTimeOffset now) => ResolutionPromiseCalculator.IsOverdue(Details.PromisedBy, Status, now);

    public void AddUpdate(ComplaintUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (Status == ComplaintStatus.Open)
        {
            Lifecycle.Acknowledge();
        }
        if (Status == ComplaintStatus.Acknowledged)
        {
            Lifecycle.StartWork();
        }
        _updates.Add(update);
    }

    /// <summary>Records why a person took over; the first reason is kept.</summary>
    public void Escalate(EscalationReason reason) => EscalationReason ??= reason;

    /// <summary>Resolves the complaint (moving it through acknowledged and in progress if the department skipped them).</summary>
    public void Resolve(ComplaintResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (Status == ComplaintStatus.Open)
        {
            Lifecycle.Acknowledge();
        }
        if (Status == ComplaintStatus.Acknowledged)
        {
            Lifecycle.StartWork();
        }
        Lifecycle.Resolve();
        Resolution = resolution;
    }

    /// <summary>The customer's answer to "are you satisfied with the result?": yes closes, no reopens (R4).</summary>
    public void RecordSatisfaction(bool satisfied, DateTimeOffset at)
    {
        Lifecycle.RecordSatisfaction(satisfied);
        if (satisfied)
        {
            Lifecycle.Close();
            ClosedAt = at;
            return;
        }
        Resolution = null;
        EscalationReason ??= Complaints.EscalationReason.NotSatisfiedWithResolution;
    }
}
