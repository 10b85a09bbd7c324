using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Data.Complaints;

/// <summary>
/// A complaint row: the intake facts of <see cref="NewComplaint"/>, the reference (<see cref="Year"/> +
/// <see cref="Serial"/>), the lifecycle, escalation, resolution and closure; its notes are <see cref="ComplaintUpdateEntity"/> rows.
/// Times are stored in UTC.
/// </summary>
public sealed class ComplaintEntity
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public int Year { get; set; }
    public int Serial { get; set; }

    public DateTimeOffset OpenedAt { get; set; }
    public required string Channel { get; set; }
    public string? ConversationChannelId { get; set; }
    public string? ConversationId { get; set; }
    public required string Locale { get; set; }
    public string? CustomerId { get; set; }
    public CustomerTier Tier { get; set; }
    public string? ContactPhone { get; set; }
    public string? TrackingNumber { get; set; }
    public ComplaintCategory Category { get; set; }
    public required string Description { get; set; }
    public required string Summary { get; set; }
    public string? DesiredResolution { get; set; }
    public DateTimeOffset PromisedBy { get; set; }
    public Department Department { get; set; }
    public ComplaintSeverity Severity { get; set; }
    public int PhotoCount { get; set; }

    /// <summary>The escalation reason decided at intake (<see cref="NewComplaint.EscalationReason"/>).</summary>
    public EscalationReason? IntakeEscalationReason { get; set; }

    public ComplaintStatus Status { get; set; }
    public bool? SatisfiedWithResult { get; set; }
    public int ReopenCount { get; set; }

    /// <summary>The current escalation reason (<see cref="Complaint.EscalationReason"/>).</summary>
    public EscalationReason? EscalationReason { get; set; }

    public string? ResolutionSummary { get; set; }
    public CompensationKind? CompensationKind { get; set; }
    public decimal? CompensationAmount { get; set; }
    public string? RootCause { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public List<ComplaintUpdateEntity> Updates { get; set; } = [];
}
