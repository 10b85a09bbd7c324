using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Teams;
using Bot.Runtime.Turns;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// What agents do in the agents' channel, through the same <see cref="IAgentDeskService"/> as the web desk: the card's
/// verbs (answered with the card as it is now, or a refusal card saying why) and thread replies to the customer.
/// </summary>
internal sealed class TeamsAgentActions(
    IAgentDeskService desk,
    TeamsAgentIdentity identity,
    TeamsCardData cards,
    IAgentThreadStore threads,
    TeamsAgentsText text,
    ILogger<TeamsAgentActions> log)
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The Universal Actions response body for an <c>adaptiveCard/action</c> invoke.</summary>
    public async Task<JsonObject> InvokeAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var action = (activity.Value as JsonObject)?["action"] as JsonObject;
        var verb = Text(action?["verb"]);
        var data = action?["data"] as JsonObject;
        if (verb is null || Text(data?[TeamsCardVerbs.EscalationId]) is not { } escalationId)
        {
            return Response(400, "application/vnd.microsoft.error", new JsonObject { ["code"] = "BadRequest", ["message"] = "The action names no conversation." });
        }
        if (await identity.FindAsync(activity, ct) is not { } account)
        {
            TeamsAgentsLog.UnknownAgent(log, activity.From?.AadObjectId, activity.From?.Id, verb);
            return await CardAsync(escalationId, text.NotLinked(activity.From?.AadObjectId), ct);
        }
        var agent = new DeskAgent(account.Id, account.DisplayName, account.IsSupervisor);
        var error = verb switch
        {
            TeamsCardVerbs.Claim => await desk.ClaimAsync(agent, escalationId, ct),
            TeamsCardVerbs.Resolve => await desk.ResolveAsync(agent, escalationId, Text(data![TeamsCardVerbs.Outcome]) ?? "", ct),
            TeamsCardVerbs.HandBack => await desk.HandBackAsync(agent, escalationId, ct),
            TeamsCardVerbs.Transfer => await TransferAsync(agent, escalationId, Text(data![TeamsCardVerbs.To]), ct),
            _ => (DeskActionError?)null,
        };
        if (error is not { } result)
        {
            return await CardAsync(escalationId, text.Get("UnknownVerb"), ct);
        }
        TeamsAgentsLog.Acted(log, verb, escalationId, agent.AgentId, result.ToString());
        if (result == DeskActionError.None)
        {
            return await CardAsync(escalationId, null, ct);
        }
        var holder = (await cards.LoadAsync(escalationId, ct))?.AgentName;
        return await CardAsync(escalationId, text.Refused(result, holder, verb == TeamsCardVerbs.Claim), ct);
    }

    /// <summary>A message in the agents' channel: a thread reply goes to the customer; an @mention elsewhere is told what the channel is for.</summary>
    public async Task MessageAsync(TurnContext turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var mentioned = TeamsMentions.MentionsRecipient(activity);
        var typed = (mentioned ? TeamsMentions.RemoveRecipientMention(activity) : activity.Text?.Trim()) ?? "";
        if (await threads.FindByThreadAsync(activity.Conversation!.Id!, ct) is not { } thread)
        {
            if (mentioned)
            {
                await ReplyAsync(turn, text.Get("ChannelPurpose"), ct);
            }
            return;
        }
        if (typed.Length == 0)
        {
            return;
        }
        if (await identity.FindAsync(activity, ct) is not { } account)
        {
            TeamsAgentsLog.UnknownAgent(log, activity.From?.AadObjectId, activity.From?.Id, "message");
            await ReplyAsync(turn, text.NotLinked(activity.From?.AadObjectId), ct);
            return;
        }
        var agent = new DeskAgent(account.Id, account.DisplayName, account.IsSupervisor);
        DeskActionError error;
        using (TeamsAgentsOrigin.FromThread(thread.EscalationId))
        {
            error = await desk.SendAsync(agent, thread.EscalationId, typed, ct);
        }
        if (error != DeskActionError.None)
        {
            TeamsAgentsLog.Acted(log, "message", thread.EscalationId, agent.AgentId, error.ToString());
            var holder = (await cards.LoadAsync(thread.EscalationId, ct))?.AgentName;
            await ReplyAsync(turn, text.NotSent(error, holder), ct);
        }
    }

    private async Task<DeskActionError> TransferAsync(DeskAgent agent, string escalationId, string? to, CancellationToken ct)
    {
        if (to?.StartsWith(TeamsCardVerbs.AgentPrefix, StringComparison.Ordinal) == true)
        {
            return await desk.TransferAsync(agent, escalationId, to[TeamsCardVerbs.AgentPrefix.Length..], null, ct);
        }
        return to?.StartsWith(TeamsCardVerbs.SkillPrefix, StringComparison.Ordinal) == true
            && Enum.TryParse<Skill>(to[TeamsCardVerbs.SkillPrefix.Length..], ignoreCase: true, out var skill) && Enum.IsDefined(skill)
            ? await desk.TransferAsync(agent, escalationId, null, skill, ct)
            : DeskActionError.InvalidInput;
    }

    private async Task<JsonObject> CardAsync(string escalationId, string? notice, CancellationToken ct)
    {
        var card = await cards.LoadAsync(escalationId, ct) is { } model
            ? TeamsEscalationCard.Build(model, text, notice)
            : TeamsEscalationCard.Message(notice ?? text.Refused(DeskActionError.NotFound, null, claiming: false));
        return Response(200, CardType, card);
    }

    private static Task<ResourceResponse> ReplyAsync(TurnContext turn, string text, CancellationToken ct) =>
        turn.SendActivityAsync(turn.Activity.CreateReply(text), ct);

    private static JsonObject Response(int status, string type, JsonNode value) =>
        new() { ["statusCode"] = status, ["type"] = type, ["value"] = value };

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
