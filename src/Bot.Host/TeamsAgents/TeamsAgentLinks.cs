using Bot.Domain.Handoff;

namespace Bot.Host.TeamsAgents;

/// <summary>Links a desk account to a Teams user (their Entra object id), so they can act in the agents' channel.</summary>
internal static class TeamsAgentLinks
{
    public const int MaxLength = 64;

    public static bool IsValid(string aadObjectId) =>
        aadObjectId.Length is > 0 and <= MaxLength && !aadObjectId.Any(char.IsWhiteSpace);

    /// <summary>Null when linked; otherwise why not (unknown account, id linked to someone else, invalid id).</summary>
    public static async Task<string?> LinkAsync(IAgentAccountStore store, string userName, string aadObjectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!IsValid(aadObjectId))
        {
            return $"A Teams object id is 1 to {MaxLength} characters without spaces.";
        }
        if (await store.FindForLoginAsync(userName, ct) is not { Account: var account })
        {
            return $"There is no account '{userName}'.";
        }
        if (await store.FindByTeamsAadObjectIdAsync(aadObjectId, ct) is { } linked && linked.Id != account.Id)
        {
            return $"The Teams user {aadObjectId} is already linked to '{linked.UserName}'.";
        }
        return await store.UpdateAsync(account with { TeamsAadObjectId = aadObjectId }, ct)
            ? null
            : $"The Teams user {aadObjectId} is already linked to another account.";
    }
}
