using Bot.Domain.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>
/// An account to create. Empty <see cref="Skills"/> / <see cref="Languages"/> mean all of them; a null
/// <see cref="Password"/> means a generated one (returned once by <see cref="DeskAccounts.CreateAsync"/>).
/// </summary>
internal sealed record NewDeskAccount(
    string UserName,
    string? DisplayName,
    AgentRoles Roles,
    IReadOnlyCollection<Skill> Skills,
    IReadOnlyCollection<string> Languages,
    int Capacity = AgentAccount.DefaultCapacity,
    string? Password = null);
