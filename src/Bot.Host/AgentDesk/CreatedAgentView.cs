namespace Bot.Host.AgentDesk;

/// <summary>A created account and, when it was generated, its password (shown to the admin once).</summary>
internal sealed record CreatedAgentView(DeskAgentView Agent, string? GeneratedPassword);
