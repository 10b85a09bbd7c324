namespace Bot.Host.AgentDesk;

// SignalR groups: every connected desk, supervisors, and each agent's own connections.
internal static class DeskGroups
{
    public const string Agents = "agents";
    public const string Supervisors = "supervisors";

    public static string Agent(string agentId) => "agent:" + agentId;
}
