using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

// Transfers: to a colleague (or a supervisor's reassignment), or back to the queue for another skill.
internal sealed partial class HandoffService
{
    public async Task<DeskActionError> TransferAsync(DeskAgent agent, string escalationId, string? toAgentId, Skill? toSkill, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return (string.IsNullOrWhiteSpace(toAgentId), toSkill) switch
        {
            (false, null) => await TransferToAgentAsync(agent, escalationId, toAgentId!, ct),
            (true, { } skill) => await TransferToSkillAsync(agent, escalationId, skill, ct),
            _ => DeskActionError.InvalidInput,
        };
    }

    private async Task<DeskActionError> TransferToAgentAsync(DeskAgent agent, string escalationId, string toAgentId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        AgentAccount? target;
        (DeskActionError Error, Escalation? Stored) transfer;
        await _assignments.WaitAsync(ct);
        try
        {
            var snapshot = await queue.SnapshotAsync(ct);
            target = snapshot.Agent(toAgentId);
            if (target is null || target.Disabled)
            {
                return DeskActionError.InvalidInput;
            }
            if (!snapshot.Availability(target).HasRoom)
            {
                return DeskActionError.InvalidState;
            }
            transfer = await writer.ChangeAsync(escalationId, (escalation, ownership) =>
                MayChat(escalation, agent) is not DeskActionError.None and var refused ? EscalationChange.Refused(refused)
                : escalation.State != EscalationState.Assigned ? EscalationChange.Refused(DeskActionError.InvalidState)
                : EscalationChange.To(
                    escalation with { AssignedAgentId = target.Id },
                    ownership.Transfer(agent.AgentId, target.Id, now, bySupervisor: escalation.AssignedAgentId != agent.AgentId)), ct);
        }
        finally
        {
            _assignments.Release();
        }
        if (transfer.Error != DeskActionError.None)
        {
            return transfer.Error;
        }
        var moved = transfer.Stored!;
        HandoffLog.Changed(log, escalationId, "transferred", agent.AgentId);
        await desks.StateChangedAsync(moved, ct);
        await TellAsync(moved.Conversation, HandoffText.Notice(moved.Language, "Transferred", agent.DisplayName, target.DisplayName), ct);
        return DeskActionError.None;
    }

    private async Task<DeskActionError> TransferToSkillAsync(DeskAgent agent, string escalationId, Skill skill, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (error, stored) = await writer.ChangeAsync(escalationId, (escalation, ownership) =>
            MayChat(escalation, agent) is not DeskActionError.None and var refused ? EscalationChange.Refused(refused)
            : escalation.State != EscalationState.Assigned ? EscalationChange.Refused(DeskActionError.InvalidState)
            : EscalationChange.To(
                escalation with
                {
                    State = EscalationState.Queued,
                    Skill = skill,
                    AssignedAgentId = null,
                    ClaimedAt = null,
                    WaitingSince = now,
                    NotifiedPosition = null,
                },
                ownership.Requeue(agent.AgentId, now, bySupervisor: escalation.AssignedAgentId != agent.AgentId)), ct);
        if (error != DeskActionError.None)
        {
            return error;
        }
        var requeued = stored!;
        HandoffLog.Changed(log, escalationId, "requeued", agent.AgentId);
        await desks.StateChangedAsync(requeued, ct);
        await desks.NewItemAsync(HandoffQueue.View(requeued, await queue.SnapshotAsync(ct)), ct);
        await TellAsync(requeued.Conversation, HandoffText.Notice(requeued.Language, "Requeued"), ct);
        if (options.CurrentValue.AutoAssign)
        {
            await AssignWaitingAsync(null, ct);
        }
        return DeskActionError.None;
    }
}
