using Bot.Domain.Handoff;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// What an escalation's card shows: the escalation, the customer's and the assigned agent's names, the agents to transfer
/// to, and the moment it was drawn (for the waiting time).
/// </summary>
internal sealed record TeamsCardModel(Escalation Escalation, string? CustomerName, string? AgentName, IReadOnlyList<AgentAccount> Agents, DateTimeOffset Now);
