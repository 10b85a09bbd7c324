namespace Bot.Domain.Handoff;

/// <summary>Agent-desk accounts in the shared store. User names are unique regardless of case.</summary>
public interface IAgentAccountStore
{
    /// <summary>The account and its password hash by user name (any case), or null; disabled accounts are returned too.</summary>
    Task<AgentLogin?> FindForLoginAsync(string userName, CancellationToken ct);

    Task<AgentAccount?> FindAsync(string agentId, CancellationToken ct);

    /// <summary>Stores a new account; false (nothing stored) when the id or the user name is taken.</summary>
    Task<bool> CreateAsync(AgentAccount account, string passwordHash, CancellationToken ct);

    /// <summary>All accounts, by user name.</summary>
    Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken ct);

    /// <summary>The account linked to this Teams (Entra) object id, any case, or null; disabled accounts are returned too.</summary>
    Task<AgentAccount?> FindByTeamsAadObjectIdAsync(string aadObjectId, CancellationToken ct);

    /// <summary>
    /// Saves user name, display name, roles, skills, languages, capacity, disabled and the Teams object id; false when unknown
    /// or the new user name or Teams object id is taken.
    /// </summary>
    Task<bool> UpdateAsync(AgentAccount account, CancellationToken ct);

    /// <summary>Replaces the password hash (password change, or a rehash after sign-in); false when unknown.</summary>
    Task<bool> SetPasswordHashAsync(string agentId, string passwordHash, CancellationToken ct);

    /// <summary>Online / away / offline, stamped with <paramref name="at"/>; false when unknown.</summary>
    Task<bool> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset at, CancellationToken ct);
}
