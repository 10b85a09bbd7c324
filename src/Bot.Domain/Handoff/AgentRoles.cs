namespace Bot.Domain.Handoff;

/// <summary>What a desk account may do: agents chat, supervisors also manage canned responses and act on any conversation, admins also manage accounts.</summary>
[Flags]
public enum AgentRoles
{
    None = 0,
    Agent = 1,
    Supervisor = 2,
    Admin = 4,
}
