using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>Another desk account as the transfer list shows it.</summary>
internal sealed record DeskAgentView(
    string AgentId,
    string UserName,
    string DisplayName,
    string Role,
    AgentPresence Presence,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<string> Languages,
    int Capacity,
    bool Disabled)
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
        account.Disabled);
}
