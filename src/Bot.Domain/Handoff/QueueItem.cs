using Bot.Domain.Complaints;
using Bot.Domain.Customers;

namespace Bot.Domain.Handoff;

/// <summary>A conversation waiting for a person, with what routing and priority need.</summary>
public sealed record QueueItem(
    string EscalationId,
    EscalationReason Reason,
    CustomerTier Tier,
    ComplaintSeverity Severity,
    Skill Skill,
    string Language,
    string Channel,
    DateTimeOffset QueuedAt);
