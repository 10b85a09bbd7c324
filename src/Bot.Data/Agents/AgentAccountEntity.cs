using Bot.Domain.Handoff;

namespace Bot.Data.Agents;

/// <summary>
/// A desk account row. <see cref="NormalizedUserName"/> (upper-case invariant) carries the unique index, so user names
/// are unique regardless of case; <see cref="Skills"/> and <see cref="Languages"/> are comma-separated lists;
/// <see cref="TeamsAadObjectId"/> is stored lower-case (unique when set).
/// </summary>
public sealed class AgentAccountEntity
{
    public required string Id { get; set; }
    public required string UserName { get; set; }
    public required string NormalizedUserName { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public AgentRoles Roles { get; set; }
    public string Skills { get; set; } = "";
    public string Languages { get; set; } = "";
    public int Capacity { get; set; }
    public AgentPresence Presence { get; set; }
    public DateTimeOffset PresenceChangedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool Disabled { get; set; }
    public string? TeamsAadObjectId { get; set; }
}
