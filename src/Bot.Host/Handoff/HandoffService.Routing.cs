using System.Text.Json.Nodes;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;

namespace Bot.Host.Handoff;

// Who has the conversation: claims, automatic assignment, transfers, resolving and handing back.
internal sealed partial class HandoffService
{
    public async Task<DeskActionError> ClaimAsync(DeskAgent agent, string escalationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        (DeskActionError Error, Escalation? Stored) claim;
        AgentAccount? account;
        await _assignments.WaitAsync(ct);
        try
        {
            var snapshot = await queue.SnapshotAsync(ct);
            account = snapshot.Agent(agent.AgentId);
            if (account is null || account.Disabled)
            {
                return DeskActionError.InvalidInput;
            }
            if (snapshot.ActiveConversations(account.Id) >= account.Capacity)
            {
                return DeskActionError.InvalidState;
            }
            claim = await ClaimForAsync(escalationId, account, autoAssigned: false, ct);
        }
        finally
        {
            _assignments.Release();
        }
        if (claim.Error == DeskActionError.None)
        {
            await AnnounceClaimAsync(claim.Stored!, account, tellCustomer: true, ct);
        }
        return claim.Error;
    }

    public async Task<DeskActionError> ResolveAsync(DeskAgent agent, string escalationId, string outcomeCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (!OutcomeCodes.All.Contains(outcomeCode))
        {
            return DeskActionError.InvalidInput;
        }
        var now = time.GetUtcNow();
        var (error, stored) = await writer.ChangeAsync(escalationId, (escalation, _) =>
            MayChat(escalation, agent) is not DeskActionError.None and var refused ? EscalationChange.Refused(refused)
            : escalation.State != EscalationState.Assigned ? EscalationChange.Refused(DeskActionError.InvalidState)
            : EscalationChange.To(escalation with { State = EscalationState.Resolved, ResolvedAt = now, OutcomeCode = outcomeCode }), ct);
        if (error == DeskActionError.None)
        {
            HandoffLog.Changed(log, escalationId, "resolved", agent.AgentId);
            await desks.StateChangedAsync(stored!, ct);
        }
        return error;
    }

    public async Task<DeskActionError> HandBackAsync(DeskAgent agent, string escalationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var now = time.GetUtcNow();
        var (error, stored) = await writer.ChangeAsync(escalationId, (escalation, ownership) =>
            MayChat(escalation, agent) is not DeskActionError.None and var refused ? EscalationChange.Refused(refused)
            : EscalationChange.To(
                escalation with { State = EscalationState.HandedBack, HandedBackAt = now },
                ownership.HandBack(agent.AgentId, now, bySupervisor: escalation.AssignedAgentId != agent.AgentId)), ct);
        if (error != DeskActionError.None)
        {
            return error;
        }
        HandoffLog.Changed(log, escalationId, "handed back", agent.AgentId);
        var handedBack = stored!;
        var owner = (await agents.FindAsync(handedBack.AssignedAgentId ?? agent.AgentId, ct))?.DisplayName ?? agent.DisplayName;
        await desks.StateChangedAsync(handedBack, ct);
        try
        {
            await customers.HandBackAsync(
                handedBack.Conversation, HandoffText.Notice(handedBack.Language, "HandedBack", owner), HandedBackValue(handedBack, owner), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The conversation is the bot's again either way; the customer's next message reaches it.
            HandoffLog.CustomerUnreachable(log, ex, handedBack.Conversation);
        }
        if (options.CurrentValue.AutoAssign)
        {
            await AssignWaitingAsync(null, ct);
        }
        return DeskActionError.None;
    }

    /// <summary>The value of the <see cref="HandoffEvents.HandedBack"/> event.</summary>
    internal static JsonObject HandedBackValue(Escalation escalation, string? agentName) => new()
    {
        [HandoffEvents.AgentIdProperty] = escalation.AssignedAgentId ?? HandoffEvents.ExternalAgentId,
        [HandoffEvents.AgentNameProperty] = agentName,
        [HandoffEvents.EscalationIdProperty] = escalation.Id,
        [HandoffEvents.OutcomeProperty] = escalation.OutcomeCode,
        [HandoffEvents.ResumeHintProperty] = escalation.ResumeHint,
    };

    /// <summary>
    /// With automatic assignment: gives waiting conversations, in queue order, to the least busy eligible agents. The
    /// customers are told who joined, except the one of <paramref name="insideTurn"/> (the caller is in its turn).
    /// </summary>
    internal async Task AssignWaitingAsync(ConversationAddress? insideTurn, CancellationToken ct)
    {
        var assigned = new List<(Escalation Escalation, AgentAccount Agent)>();
        await _assignments.WaitAsync(ct);
        try
        {
            var snapshot = await queue.SnapshotAsync(ct);
            for (var round = snapshot.Queued.Count; round > 0; round--)
            {
                var next = snapshot.Queued.Select(e => (Escalation: e, Agent: snapshot.PickAgent(e))).FirstOrDefault(p => p.Agent is not null);
                if (next.Agent is null)
                {
                    break;
                }
                if (await ClaimForAsync(next.Escalation.Id, next.Agent, autoAssigned: true, ct) is { Error: DeskActionError.None, Stored: { } stored })
                {
                    assigned.Add((stored, next.Agent));
                }
                snapshot = await queue.SnapshotAsync(ct);
            }
        }
        finally
        {
            _assignments.Release();
        }
        // Told outside the gate: a proactive message waits for its conversation's turn, which may be asking for a person.
        foreach (var (escalation, agent) in assigned)
        {
            await AnnounceClaimAsync(escalation, agent, tellCustomer: escalation.Conversation != insideTurn, ct);
        }
    }

    private Task<(DeskActionError Error, Escalation? Stored)> ClaimForAsync(string escalationId, AgentAccount agent, bool autoAssigned, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return writer.ChangeAsync(escalationId, (escalation, ownership) => escalation.State != EscalationState.Queued
            ? EscalationChange.Refused(DeskActionError.InvalidState)
            : EscalationChange.To(
                escalation with { State = EscalationState.Assigned, AssignedAgentId = agent.Id, ClaimedAt = now, NotifiedPosition = null },
                ownership.Claim(agent.Id, now, autoAssigned)), ct);
    }

    private async Task AnnounceClaimAsync(Escalation escalation, AgentAccount agent, bool tellCustomer, CancellationToken ct)
    {
        HandoffLog.Changed(log, escalation.Id, "claimed", agent.Id);
        await desks.StateChangedAsync(escalation, ct);
        if (tellCustomer)
        {
            await TellAsync(escalation.Conversation, HandoffText.Notice(escalation.Language, "AgentJoined", agent.DisplayName), ct);
        }
    }

    private async Task TellAsync(ConversationAddress conversation, Activity notice, CancellationToken ct)
    {
        try
        {
            await customers.SendAsync(conversation, [notice], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HandoffLog.CustomerUnreachable(log, ex, conversation);
        }
    }
}
