using Bot.Domain.Handoff;
using Microsoft.Extensions.Options;

namespace Bot.Host.AgentDesk;

/// <summary>Creates desk accounts (admin form, CLI, configured or generated first account): checks the rules, hashes the password.</summary>
internal sealed class DeskAccounts(
    IAgentAccountStore store,
    DeskPasswords passwords,
    IOptions<AgentDeskOptions> options,
    TimeProvider time,
    ILogger<DeskAccounts> logger)
{
    public const int MaxCapacity = 20;

    public async Task<DeskAccountCreation> CreateAsync(NewDeskAccount request, CancellationToken ct)
    {
        var userName = request.UserName.Trim();
        if (!DeskAccountRules.IsValidUserName(userName))
        {
            return DeskAccountCreation.Failed(DeskAccountRules.UserNameRule);
        }
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? userName : request.DisplayName.Trim();
        if (displayName.Length > 80)
        {
            return DeskAccountCreation.Failed("A display name is at most 80 characters.");
        }
        if (request.Capacity is < 1 or > MaxCapacity)
        {
            return DeskAccountCreation.Failed($"Capacity is 1 to {MaxCapacity} concurrent chats.");
        }
        if (request.Roles == AgentRoles.None)
        {
            return DeskAccountCreation.Failed("Give the account a role: agent, supervisor or admin.");
        }
        var minimum = options.Value.MinimumPasswordLength;
        if (request.Password is { } given && (given.Length < minimum || given.Length > 128))
        {
            return DeskAccountCreation.Failed($"A password is {minimum} to 128 characters.");
        }

        var password = request.Password ?? DeskPasswords.Generate();
        var account = new AgentAccount
        {
            Id = Guid.CreateVersion7().ToString("N"),
            UserName = userName,
            DisplayName = displayName,
            Roles = request.Roles,
            Skills = request.Skills.Count == 0 ? Enum.GetValues<Skill>().ToHashSet() : request.Skills.ToHashSet(),
            Languages = request.Languages.Count == 0
                ? DeskAccountRules.Languages.ToHashSet(StringComparer.Ordinal)
                : request.Languages.ToHashSet(StringComparer.Ordinal),
            Capacity = request.Capacity,
            Presence = AgentPresence.Offline,
            PresenceChangedAt = time.GetUtcNow(),
            CreatedAt = time.GetUtcNow(),
        };
        if (!await store.CreateAsync(account, passwords.Hash(password), ct))
        {
            return DeskAccountCreation.Failed($"The user name '{userName}' is taken.");
        }

        AgentDeskLog.AccountCreated(logger, account.Id, account.UserName, account.Roles);
        return new DeskAccountCreation(account, request.Password is null ? password : null, null);
    }
}
