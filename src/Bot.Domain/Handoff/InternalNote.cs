namespace Bot.Domain.Handoff;

/// <summary>A note agents leave on an escalation; never sent to the customer.</summary>
public sealed record InternalNote(long Id, string EscalationId, string AgentId, string Text, DateTimeOffset At);
