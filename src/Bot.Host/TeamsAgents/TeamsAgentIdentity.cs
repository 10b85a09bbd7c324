using System.Collections.Concurrent;
using System.Text.Json;
using Bot.Domain.Handoff;
using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// Who acts in the agents' channel: the desk account linked to the sender's Entra object id, else the account whose user
/// name is the sender's UPN or email (asked of the Teams members API for the team's roster, remembered per member for a
/// few minutes). Disabled accounts never act.
/// </summary>
internal sealed class TeamsAgentIdentity(
    IServiceProvider services,
    IAgentAccountStore agents,
    IOptionsMonitor<TeamsAgentsOptions> options,
    TimeProvider time,
    ILogger<TeamsAgentIdentity> log)
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (string AgentId, DateTimeOffset Until)> _byMember = new(StringComparer.OrdinalIgnoreCase);

    public async Task<AgentAccount?> FindAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var account = await LinkedAsync(activity.From?.AadObjectId, ct) ?? await ByMemberAsync(activity, ct);
        return account is { Disabled: false } ? account : null;
    }

    // In a team Teams answers for the team's roster (as the Bot Framework SDK asks); else for the conversation's.
    private string RosterOf(Activity activity)
    {
        try
        {
            if (TeamsChannelData.From(activity)?.Team?.Id is { Length: > 0 } team)
            {
                return team;
            }
        }
        catch (JsonException)
        {
            // channelData of an unexpected shape: the conversation's roster will do.
        }
        return options.CurrentValue.TeamId is { Length: > 0 } configured ? configured : activity.Conversation!.Id!;
    }

    private async Task<AgentAccount?> LinkedAsync(string? aadObjectId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? null : await agents.FindByTeamsAadObjectIdAsync(aadObjectId, ct);

    private async Task<AgentAccount?> ByMemberAsync(Activity activity, CancellationToken ct)
    {
        if (activity.From?.Id is not { Length: > 0 } memberId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (_byMember.TryGetValue(memberId, out var known) && known.Until > now)
        {
            return await agents.FindAsync(known.AgentId, ct);
        }
        ChannelAccount? member;
        try
        {
            member = await services.GetRequiredService<ConnectorClient>()
                .GetConversationMemberAsync(serviceUrl, RosterOf(activity), memberId, ct);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or JsonException)
        {
            TeamsAgentsLog.MemberLookupFailed(log, ex, memberId);
            return null;
        }
        foreach (var name in (string?[])[member?.UserPrincipalName, member?.Email])
        {
            if (!string.IsNullOrWhiteSpace(name) && await agents.FindForLoginAsync(name, ct) is { } login)
            {
                _byMember[memberId] = (login.Account.Id, now + Remembered);
                return login.Account;
            }
        }
        return null;
    }
}
