using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// The calls to Teams for one queued post: a new thread with the escalation's card (stored), the card updated in place,
/// or a transcript line as a plain-text reply in the thread.
/// </summary>
internal sealed class TeamsAgentsPoster(
    IServiceProvider services,
    IAgentThreadStore threads,
    TeamsCardData cards,
    TeamsAgentsText text,
    IOptionsMonitor<TeamsAgentsOptions> options,
    TimeProvider time,
    ILogger<TeamsAgentsPoster> log)
{
    private const string MessageIdMarker = ";messageid=";

    public async Task PostAsync(TeamsAgentsWork work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        var thread = await threads.FindByEscalationAsync(work.EscalationId, ct);
        switch (work.Kind)
        {
            // A state change of an escalation without a card (Teams was unreachable, or the channel was configured later)
            // posts it, while the conversation is still open.
            case TeamsAgentsWorkKind.Card or TeamsAgentsWorkKind.CardUpdate when thread is null:
                await CreateThreadAsync(work.EscalationId, ct);
                break;
            case TeamsAgentsWorkKind.Card or TeamsAgentsWorkKind.CardUpdate when thread is not null:
                await UpdateCardAsync(thread, ct);
                break;
            case TeamsAgentsWorkKind.Line when thread is not null && work.Line is { } line:
                await PostLineAsync(thread, line, ct);
                break;
            default:
                // A line of an escalation without a card has nowhere to go.
                break;
        }
    }

    /// <summary>Updates the card of the escalation's thread, if it has one (for callers outside the queue).</summary>
    public async Task UpdateCardAsync(AgentThread thread, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (await cards.LoadAsync(thread.EscalationId, ct) is not { } model)
        {
            return;
        }
        var card = new Activity { Type = ActivityTypes.Message, Attachments = [TeamsEscalationCard.Attachment(TeamsEscalationCard.Build(model, text))] };
        await Connector().UpdateActivityAsync(thread.ServiceUrl, thread.ConversationId, thread.CardActivityId, card, ct);
    }

    private async Task CreateThreadAsync(string escalationId, CancellationToken ct)
    {
        if (await cards.LoadAsync(escalationId, ct) is not { Escalation: { IsOpen: true, State: not EscalationState.External } } model)
        {
            return;
        }
        var settings = options.CurrentValue;
        var channelData = new JsonObject { ["channel"] = new JsonObject { ["id"] = settings.ChannelId } };
        if (!string.IsNullOrWhiteSpace(settings.TenantId))
        {
            channelData["tenant"] = new JsonObject { ["id"] = settings.TenantId };
        }
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = channelData,
            Activity = new Activity { Type = ActivityTypes.Message, Attachments = [TeamsEscalationCard.Attachment(TeamsEscalationCard.Build(model, text))] },
        };
        var created = await Connector().CreateConversationAsync(settings.ServiceUrl, parameters, ct);
        if (created.Id is not { Length: > 0 } conversationId || CardIdOf(created) is not { } cardId)
        {
            throw new InvalidOperationException("Teams answered the new thread without its conversation or activity id.");
        }
        await threads.SaveAsync(new AgentThread(escalationId, settings.ServiceUrl, conversationId, cardId, time.GetUtcNow()), ct);
        TeamsAgentsLog.ThreadCreated(log, escalationId, conversationId);
    }

    private async Task PostLineAsync(AgentThread thread, TranscriptLineView line, CancellationToken ct)
    {
        var speaker = line.Speaker switch
        {
            TranscriptSpeakers.Customer => await cards.CustomerNameAsync(thread.EscalationId, ct) ?? text.Get("Customer"),
            TranscriptSpeakers.Note => text.Get("NoteBy", line.AgentName ?? text.Get("AnAgent")),
            _ => text.Get("FromDesk", line.AgentName ?? text.Get("AnAgent")),
        };
        var said = line.AttachmentNames.Count == 0 ? line.Text : $"{line.Text} [{string.Join(", ", line.AttachmentNames)}]".Trim();
        TeamsAgentsLog.LineText(log, thread.EscalationId, said);
        var message = new Activity { Type = ActivityTypes.Message, TextFormat = TextFormats.Plain, Text = $"{speaker}: {said}" };
        await Connector().SendToConversationAsync(thread.ServiceUrl, thread.ConversationId, message, ct);
    }

    private static string? CardIdOf(ConversationResourceResponse created) =>
        created.ActivityId is { Length: > 0 } id ? id
        : created.Id!.IndexOf(MessageIdMarker, StringComparison.Ordinal) is var at and >= 0 ? created.Id[(at + MessageIdMarker.Length)..]
        : null;

    // A typed HttpClient: asked for per use, so its handler rotates as the factory intends.
    private ConnectorClient Connector() => services.GetRequiredService<ConnectorClient>();
}
