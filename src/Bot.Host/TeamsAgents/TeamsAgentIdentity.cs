using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// Who acts in the agents' channel: the desk account linked to the sender's Entra object id, else the account whose user
/// name is the sender's UPN or email as the Teams members API tells it (the same cached lookup that recognises customers;
/// never what the activity itself claims). Disabled accounts never act.
/// </summary>
internal sealed class TeamsAgentIdentity(IAgentAccountStore agents, IConversationMembers members)
{
    public async Task<AgentAccount?> FindAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var account = await LinkedAsync(activity.From?.AadObjectId, ct) ?? await ByMemberAsync(activity, ct);
        return account is { Disabled: false } ? account : null;
    }

    private async Task<AgentAccount?> LinkedAsync(string? aadObjectId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? null : await agents.FindByTeamsAadObjectIdAsync(aadObjectId, ct);

    private async Task<AgentAccount?> ByMemberAsync(Activity activity, CancellationToken ct)
    {
        if (activity.From?.Id is not { Length: > 0 } memberId || await members.GetMemberAsync(activity, memberId, ct) is not { } member)
        {
            return null;
        }
        foreach (var name in (string?[])[member.UserPrincipalName, member.Email])
        {
            if (!string.IsNullOrWhiteSpace(name) && await agents.FindForLoginAsync(name.Trim(), ct) is { } login)
            {
                return login.Account;
            }
        }
        return null;
    }
}
