using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>The signed-in account as <c>GET /agent/me</c> shows it.</summary>
internal sealed record DeskMeView(
    string AgentId,
    string UserName,
    string DisplayName,
    string Role,
    bool IsSupervisor,
    bool IsAdmin,
    AgentPresence Presence,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<string> Languages,
    int Capacity)
{
    public static DeskMeView From(AgentAccount account) => new(
        account.Id,
        account.UserName,
        account.DisplayName,
        DeskAccountRules.RoleName(account.Roles),
        account.IsSupervisor,
        (account.Roles & AgentRoles.Admin) != 0,
        account.Presence,
        [.. account.Skills.Order()],
        [.. account.Languages.Order(StringComparer.Ordinal)],
        account.Capacity);
}
