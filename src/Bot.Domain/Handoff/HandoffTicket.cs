namespace Bot.Domain.Handoff;

/// <summary>The answer to a <see cref="HandoffRequest"/>: the escalation id, what happened, the queue position (1-based, 0 when not queued), the estimated wait (null = unknown) and the next opening when closed.</summary>
public sealed record HandoffTicket(
    string? EscalationId,
    HandoffOutcome Outcome,
    int Position = 0,
    TimeSpan? EstimatedWait = null,
    DateTimeOffset? NextOpening = null,
    string? AgentName = null);
