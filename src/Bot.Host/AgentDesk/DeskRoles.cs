namespace Bot.Host.AgentDesk;

/// <summary>Role names of desk accounts (role claims) and the authorization policies built on them.</summary>
internal static class DeskRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    /// <summary>Any signed-in desk account.</summary>
    public const string AgentPolicy = "desk-agent";

    /// <summary>Supervisors and admins: canned responses, acting on anyone's conversation.</summary>
    public const string SupervisorPolicy = "desk-supervisor";

    /// <summary>Admins: accounts.</summary>
    public const string AdminPolicy = "desk-admin";
}
