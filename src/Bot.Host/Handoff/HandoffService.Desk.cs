using Bot.Domain.Handoff;
using Bot.Protocol.Schema;

namespace Bot.Host.Handoff;

// The agent desk's reads and the chat itself.
internal sealed partial class HandoffService
{
    public async Task<IReadOnlyList<QueueEntryView>> QueueAsync(DeskAgent agent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return HandoffQueue.ViewFor(agent, await queue.SnapshotAsync(ct));
    }

    public async Task<(DeskActionError Error, ConversationView? View)> ConversationAsync(DeskAgent agent, string escalationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await escalations.FindAsync(escalationId, ct) is not { } escalation)
        {
            return (DeskActionError.NotFound, null);
        }
        if (!MaySee(escalation, agent))
        {
            return (DeskActionError.NotYours, null);
        }
        return (DeskActionError.None, await views.ConversationAsync(escalation, await queue.SnapshotAsync(ct), ct));
    }

    public async Task<DeskActionError> SendAsync(DeskAgent agent, string escalationId, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (!IsValidText(text))
        {
            return DeskActionError.InvalidInput;
        }
        var escalation = await escalations.FindAsync(escalationId, ct);
        if (MayChat(escalation, agent) is not DeskActionError.None and var refused)
        {
            return refused;
        }
        var message = HandoffText.AgentMessage(escalation!.Language, agent.AgentId, agent.DisplayName, text.Trim());
        IReadOnlyList<ResourceResponse> sent;
        try
        {
            sent = await customers.SendAsync(escalation.Conversation, [message], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HandoffLog.CustomerUnreachable(log, ex, escalation.Conversation);
            return DeskActionError.DeliveryFailed;
        }
        var now = time.GetUtcNow();
        var (_, stored) = await writer.ChangeAsync(escalationId, (current, _) => current.FirstAgentReplyAt is null
            ? EscalationChange.To(current with { FirstAgentReplyAt = now })
            : default, ct);
        var id = sent.Count > 0 && sent[0].Id is { } sentId ? sentId : Guid.NewGuid().ToString("N");
        await desks.LineAsync(stored ?? escalation, new TranscriptLineView(id, TranscriptSpeakers.Agent, agent.DisplayName, text.Trim(), now, []), ct);
        return DeskActionError.None;
    }

    public async Task<DeskActionError> TypingAsync(DeskAgent agent, string escalationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var escalation = await escalations.FindAsync(escalationId, ct);
        if (MayChat(escalation, agent) is not DeskActionError.None and var refused)
        {
            return refused;
        }
        try
        {
            await customers.SendAsync(escalation!.Conversation, [new Activity { Type = ActivityTypes.Typing }], ct);
            return DeskActionError.None;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HandoffLog.CustomerUnreachable(log, ex, escalation!.Conversation);
            return DeskActionError.DeliveryFailed;
        }
    }

    public async Task<DeskActionError> AddNoteAsync(DeskAgent agent, string escalationId, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (!IsValidText(text))
        {
            return DeskActionError.InvalidInput;
        }
        if (await escalations.FindAsync(escalationId, ct) is not { } escalation)
        {
            return DeskActionError.NotFound;
        }
        if (!MaySee(escalation, agent))
        {
            return DeskActionError.NotYours;
        }
        var note = await escalations.AddNoteAsync(escalationId, agent.AgentId, text.Trim(), time.GetUtcNow(), ct);
        await desks.LineAsync(escalation, DeskViews.Note(note, agent.DisplayName), ct);
        return DeskActionError.None;
    }

    public async Task SetPresenceAsync(DeskAgent agent, AgentPresence presence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        await agents.SetPresenceAsync(agent.AgentId, presence, time.GetUtcNow(), ct);
        await desks.QueueChangedAsync(ct);
        if (presence == AgentPresence.Online && options.CurrentValue.AutoAssign)
        {
            await AssignWaitingAsync(null, ct);
        }
    }

    // Waiting conversations are open to every agent (to decide what to claim); taken ones to their agent and supervisors.
    private static bool MaySee(Escalation escalation, DeskAgent agent) =>
        agent.IsSupervisor || escalation.AssignedAgentId is null || escalation.AssignedAgentId == agent.AgentId;

    private static DeskActionError MayChat(Escalation? escalation, DeskAgent agent) =>
        escalation is null ? DeskActionError.NotFound
        : !MaySee(escalation, agent) ? DeskActionError.NotYours
        : !escalation.IsWithAgent ? DeskActionError.InvalidState
        : DeskActionError.None;

    private bool IsValidText(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= options.CurrentValue.MaxTextLength;
}
