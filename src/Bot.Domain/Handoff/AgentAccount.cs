namespace Bot.Domain.Handoff;

/// <summary>
/// A desk account as the rest of the system sees it (no password hash: only <see cref="IAgentAccountStore.FindForLoginAsync"/>
/// returns that). Languages are "en" / "zh"; <see cref="Capacity"/> is the number of concurrent chats.
/// </summary>
public sealed record AgentAccount
{
    public const int DefaultCapacity = 3;

    public required string Id { get; init; }

    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    public AgentRoles Roles { get; init; } = AgentRoles.Agent;

    public IReadOnlySet<Skill> Skills { get; init; } = new HashSet<Skill>();

    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public int Capacity { get; init; } = DefaultCapacity;

    public AgentPresence Presence { get; init; } = AgentPresence.Offline;

    public DateTimeOffset PresenceChangedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool Disabled { get; init; }

    /// <summary>The agent's Microsoft Entra object id in Teams (agents' channel), unique when set; compared ignoring case.</summary>
    public string? TeamsAadObjectId { get; init; }

    /// <summary>Supervisors and admins may act on conversations assigned to someone else.</summary>
    public bool IsSupervisor => (Roles & (AgentRoles.Supervisor | AgentRoles.Admin)) != 0;

    /// <summary>The account as routing sees it, with <paramref name="activeConversations"/> chats open.</summary>
    public AgentAvailability Availability(int activeConversations) =>
        new(Id, Skills, Languages, Disabled ? AgentPresence.Offline : Presence, Capacity, activeConversations);
}
