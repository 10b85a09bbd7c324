namespace Bot.Domain.Handoff;

/// <summary>One recorded change of owner: from, to, when, who did it ("bot", "customer", an agent id, "system") and why (a reason code).</summary>
public sealed record OwnershipTransition(OwnerState From, OwnerState To, DateTimeOffset At, string Actor, string Reason, string? AgentId = null);
