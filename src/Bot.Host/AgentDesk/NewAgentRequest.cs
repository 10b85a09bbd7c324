namespace Bot.Host.AgentDesk;

/// <summary>The admin form's body of <c>POST /agent/api/agents</c>; no password: a generated one is returned once.</summary>
internal sealed record NewAgentRequest(
    string? UserName,
    string? DisplayName,
    string? Role,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<string>? Languages,
    int? Capacity,
    string? Password,
    string? TeamsAadObjectId = null);
