using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

/// <summary>The open escalations and the agents at one instant, with the queue order and routing derived from them.</summary>
internal sealed class QueueSnapshot
{
    private readonly Dictionary<string, AgentAccount> _agents;
    private readonly Dictionary<string, int> _active;
    private readonly IReadOnlyList<TimeSpan> _handleTimes;

    public QueueSnapshot(
        IReadOnlyList<Escalation> open, IReadOnlyList<AgentAccount> agents, IReadOnlyList<TimeSpan> handleTimes, QueuePolicy policy, DateTimeOffset now)
    {
        Open = open;
        Policy = policy;
        Now = now;
        _handleTimes = handleTimes;
        _agents = agents.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _active = open.Where(e => e.IsWithAgent && e.AssignedAgentId is not null)
            .GroupBy(e => e.AssignedAgentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byId = open.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Queued = [.. policy.Order(open.Where(e => e.State == EscalationState.Queued).Select(e => e.ToQueueItem()), now).Select(i => byId[i.EscalationId])];
    }

    public IReadOnlyList<Escalation> Open { get; }

    /// <summary>The built-in queue in the order agents should take it.</summary>
    public IReadOnlyList<Escalation> Queued { get; }

    public QueuePolicy Policy { get; }

    public DateTimeOffset Now { get; }

    public IEnumerable<AgentAccount> Agents => _agents.Values;

    public AgentAccount? Agent(string? agentId) => agentId is not null && _agents.TryGetValue(agentId, out var agent) ? agent : null;

    public int ActiveConversations(string agentId) => _active.GetValueOrDefault(agentId);

    public AgentAvailability Availability(AgentAccount agent) => agent.Availability(ActiveConversations(agent.Id));

    /// <summary>1-based place in the queue, 0 when not queued.</summary>
    public int PositionOf(string escalationId)
    {
        for (var i = 0; i < Queued.Count; i++)
        {
            if (Queued[i].Id == escalationId)
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>Agents online (enabled) with the skill and the language, busy or not.</summary>
    public int OnlineFor(Skill skill, string language) =>
        _agents.Values.Count(a => !a.Disabled && a.Presence == AgentPresence.Online && a.Skills.Contains(skill) && a.Languages.Contains(language));

    /// <summary>The honest estimate for an item at <paramref name="position"/> (null = unknown).</summary>
    public TimeSpan? EstimatedWait(Escalation escalation, int position) =>
        position < 1 ? null : WaitEstimator.Estimate(position, OnlineFor(escalation.Skill, escalation.Language), [.. _handleTimes]);

    /// <summary>The least busy agent who can take the escalation now, or null.</summary>
    public AgentAccount? PickAgent(Escalation escalation) =>
        QueuePolicy.PickAgent(escalation.ToQueueItem(), _agents.Values.Select(Availability)) is { } pick ? _agents[pick.AgentId] : null;
}
