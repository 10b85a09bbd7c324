using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;

namespace Bot.Data.Handoff;

/// <summary>
/// An escalation row (see <see cref="Escalation"/>). <see cref="ConcurrencyToken"/> changes on every update, so two
/// agents claiming from the same copy cannot both win; a partial unique index allows one open escalation per
/// conversation. Tracking numbers and complaint references are comma-separated.
/// </summary>
public sealed class EscalationEntity
{
    public required string Id { get; set; }
    public required string ConversationChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string Channel { get; set; }
    public string? CustomerId { get; set; }
    public CustomerTier Tier { get; set; }
    public EscalationReason Reason { get; set; }
    public ComplaintSeverity Severity { get; set; }
    public Skill Skill { get; set; }
    public required string Language { get; set; }
    public string Summary { get; set; } = "";
    public string TrackingNumbers { get; set; } = "";
    public string ComplaintReferences { get; set; } = "";
    public string? ResumeHint { get; set; }
    public EscalationState State { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset WaitingSince { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? FirstAgentReplyAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? HandedBackAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? AssignedAgentId { get; set; }
    public string? OutcomeCode { get; set; }
    public int? NotifiedPosition { get; set; }
    public required string ConcurrencyToken { get; set; }
}
