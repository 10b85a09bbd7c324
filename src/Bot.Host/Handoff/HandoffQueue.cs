using Bot.Domain.Handoff;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

/// <summary>Reads the queue and the agents, and shows escalations the way the desk lists them.</summary>
internal sealed class HandoffQueue(
    IEscalationStore escalations, IAgentAccountStore agents, IOptionsMonitor<HandoffOptions> options, TimeProvider time)
{
    public async Task<QueueSnapshot> SnapshotAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var open = await escalations.ListOpenAsync(ct);
        var accounts = await agents.ListAsync(ct);
        var handleTimes = await escalations.RecentHandleTimesAsync(settings.RecentHandleTimes, ct);
        return new QueueSnapshot(open, accounts, handleTimes, settings.QueuePolicy.ToPolicy(), time.GetUtcNow());
    }

    public static QueueEntryView View(Escalation escalation, QueueSnapshot snapshot) => new(
        escalation.Id,
        escalation.Reason.ToString(),
        escalation.Tier,
        escalation.Severity.ToString(),
        escalation.Skill,
        escalation.Language,
        escalation.Channel,
        escalation.QueuedAt,
        Math.Round(snapshot.Policy.Priority(escalation.ToQueueItem(), snapshot.Now), 1),
        snapshot.PositionOf(escalation.Id),
        escalation.Summary,
        escalation.AssignedAgentId,
        escalation.State.ToString());

    /// <summary>
    /// What an agent's queue shows: everything waiting, in queue order, then the conversations with agents (all of them
    /// for a supervisor, the agent's own otherwise). External handoffs are not the desk's.
    /// </summary>
    public static IReadOnlyList<QueueEntryView> ViewFor(DeskAgent agent, QueueSnapshot snapshot)
    {
        var assigned = snapshot.Open
            .Where(e => e.IsWithAgent && (agent.IsSupervisor || e.AssignedAgentId == agent.AgentId))
            .OrderBy(e => e.ClaimedAt);
        return [.. snapshot.Queued.Concat(assigned).Select(e => View(e, snapshot))];
    }
}
