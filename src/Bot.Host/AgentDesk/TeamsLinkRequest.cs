namespace Bot.Host.AgentDesk;

/// <summary>
/// The body of <c>PUT /agent/api/agents/{agentId}/teams</c>: the Entra object id of the agent's Teams user, or null /
/// empty to unlink.
/// </summary>
internal sealed record TeamsLinkRequest(string? AadObjectId);
