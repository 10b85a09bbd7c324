using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>A desk account as the transfer list and the admin's list show it (with the Teams user it is linked to, if any).</summary>
internal sealed record DeskAgentView(
    string AgentId,
    string UserName,
    string DisplayName,
    string Role,
    AgentPresence Presence,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<string> Languages,
    int Capacity,
    bool Disabled,
    string? TeamsAadObjectId)
{
    public static DeskAgentView From(AgentAccount account) => new(
        account.Id,
        account.UserName,
        account.DisplayName,
        DeskAccountRules.RoleName(account.Roles),
        account.Disabled ? AgentPresence.Offline : account.Presence,
        [.. account.Skills.Order()],
        [.. account.Languages.Order(StringComparer.Ordinal)],
        account.Capacity,
        account.Disabled,
        account.TeamsAadObjectId);
}
