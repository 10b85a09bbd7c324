using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

/// <summary>
/// Asks the Connector members API of the sender's Teams conversation (<c>GET {serviceUrl}v3/conversations/{id}/members/
/// {userId}</c>, the team's id in a channel) with the client and credentials replies use. Answers are remembered per
/// tenant (else service URL) and user for <see cref="ConversationMembersOptions.CacheDuration"/>, failures for
/// <see cref="ConversationMembersOptions.FailureCacheDuration"/>; a 404, an error or a timeout is "unknown", never an
/// exception. Other channels have no members API here: unknown.
/// </summary>
internal sealed class ConnectorConversationMembers(
    IServiceProvider services,
    IOptions<ConversationMembersOptions> options,
    TimeProvider time,
    ILogger<ConnectorConversationMembers> log) : IConversationMembers
{
    private readonly ConcurrentDictionary<(string Scope, string MemberId), (ChannelAccount? Member, DateTimeOffset Until)> _answers = new();

    public async Task<ChannelAccount?> GetMemberAsync(Activity incoming, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.ChannelId != Channels.MsTeams || string.IsNullOrEmpty(memberId)
            || incoming.ServiceUrl is not { Length: > 0 } serviceUrl || ConversationOf(incoming) is not { } conversationId)
        {
            return null;
        }
        var key = (TenantOf(incoming) ?? serviceUrl, memberId);
        var now = time.GetUtcNow();
        if (_answers.TryGetValue(key, out var answer) && answer.Until > now)
        {
            return answer.Member;
        }
        var settings = options.Value;
        var (member, keepFor) = await AskAsync(serviceUrl, conversationId, memberId, settings, cancellationToken);
        Remember(key, member, now + keepFor, settings.MaxCachedMembers, now);
        return member;
    }

    private async Task<(ChannelAccount? Member, TimeSpan KeepFor)> AskAsync(
        string serviceUrl, string conversationId, string memberId, ConversationMembersOptions settings, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // ConnectorClient is a typed HttpClient: resolved per use so handler rotation keeps working.
            var client = services.GetRequiredService<ConnectorClient>();
            var member = await client.GetConversationMemberAsync(serviceUrl, conversationId, memberId, linked.Token);
            return (member, settings.CacheDuration);
        }
        catch (ConnectorException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            MessagingLog.MemberNotFound(log, conversationId);
            return (null, settings.CacheDuration);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or JsonException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            MessagingLog.MemberLookupFailed(log, e, conversationId);
            return (null, settings.FailureCacheDuration);
        }
    }

    private void Remember((string, string) key, ChannelAccount? member, DateTimeOffset until, int max, DateTimeOffset now)
    {
        if (_answers.Count >= max)
        {
            foreach (var expired in _answers.Where(a => a.Value.Until <= now).Select(a => a.Key).ToList())
            {
                _answers.TryRemove(expired, out _);
            }
            if (_answers.Count >= max)
            {
                _answers.Clear();
            }
        }
        _answers[key] = (member, until);
    }

    // In a channel the roster is the team's (as TeamsInfo.GetMemberAsync does); elsewhere the conversation's own.
    private static string? ConversationOf(Activity incoming)
    {
        try
        {
            if (TeamsChannelData.From(incoming)?.Team?.Id is { Length: > 0 } teamId)
            {
                return teamId;
            }
        }
        catch (JsonException)
        {
            // channelData of an unexpected shape: the conversation id still reaches the roster.
        }
        return incoming.Conversation?.Id is { Length: > 0 } id ? id : null;
    }

    private static string? TenantOf(Activity incoming) =>
        incoming.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : null;
}
