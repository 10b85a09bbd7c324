using Bot.Domain.Handoff;

namespace Bot.Data.Agents;

internal static class AgentAccountMapping
{
    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    // Entra object ids are GUIDs; one spelling makes the unique index and the lookup ignore case.
    public static string? NormalizeAadObjectId(string? aadObjectId) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? null : aadObjectId.Trim().ToLowerInvariant();

    public static AgentAccountEntity ToEntity(AgentAccount account, string passwordHash)
    {
        var entity = new AgentAccountEntity
        {
            Id = account.Id,
            UserName = account.UserName,
            NormalizedUserName = Normalize(account.UserName),
            DisplayName = account.DisplayName,
            PasswordHash = passwordHash,
            Presence = account.Presence,
            PresenceChangedAt = account.PresenceChangedAt.ToUniversalTime(),
            CreatedAt = account.CreatedAt.ToUniversalTime(),
        };
        Apply(account, entity);
        return entity;
    }

    // Everything an update may change; presence and the password have their own calls.
    public static void Apply(AgentAccount account, AgentAccountEntity entity)
    {
        entity.UserName = account.UserName.Trim();
        entity.NormalizedUserName = Normalize(account.UserName);
        entity.DisplayName = account.DisplayName;
        entity.Roles = account.Roles;
        entity.Skills = string.Join(',', account.Skills.Order());
        entity.Languages = string.Join(',', account.Languages.Order(StringComparer.Ordinal));
        entity.Capacity = account.Capacity;
        entity.Disabled = account.Disabled;
        entity.TeamsAadObjectId = NormalizeAadObjectId(account.TeamsAadObjectId);
    }

    public static AgentAccount ToDomain(AgentAccountEntity entity) => new()
    {
        Id = entity.Id,
        UserName = entity.UserName,
        DisplayName = entity.DisplayName,
        Roles = entity.Roles,
        Skills = Split(entity.Skills).Select(Enum.Parse<Skill>).ToHashSet(),
        Languages = Split(entity.Languages).ToHashSet(StringComparer.Ordinal),
        Capacity = entity.Capacity,
        Presence = entity.Presence,
        PresenceChangedAt = entity.PresenceChangedAt,
        CreatedAt = entity.CreatedAt,
        Disabled = entity.Disabled,
        TeamsAadObjectId = entity.TeamsAadObjectId,
    };

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
