using Bot.Domain.Complaints;

namespace Bot.Domain.Handoff;

/// <summary>
/// The conversation-ownership state machine (ARCHITECTURE.md §5): Bot → Queued → Agent → Bot, and any → Closed. Every
/// transition is recorded with who, when and why; an illegal one throws <see cref="IllegalOwnershipTransitionException"/>
/// and changes nothing.
/// </summary>
public sealed class ConversationOwnership
{
    private readonly List<OwnershipTransition> _history;

    private ConversationOwnership(OwnerState state, string? agentId, IEnumerable<OwnershipTransition> history)
    {
        State = state;
        AgentId = agentId;
        _history = [.. history];
    }

    public OwnerState State { get; private set; }

    /// <summary>The agent who owns the conversation (only in <see cref="OwnerState.Agent"/>).</summary>
    public string? AgentId { get; private set; }

    public IReadOnlyList<OwnershipTransition> History => _history;

    public bool BotAnswers => State == OwnerState.Bot;

    public static ConversationOwnership Start() => new(OwnerState.Bot, null, []);

    /// <summary>Rebuilds stored ownership from its history (the last transition gives the state and agent).</summary>
    public static ConversationOwnership Restore(IEnumerable<OwnershipTransition> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var ordered = history.ToList();
        var last = ordered.Count == 0 ? null : ordered[^1];
        return new ConversationOwnership(last?.To ?? OwnerState.Bot, last?.To == OwnerState.Agent ? last.AgentId : null, ordered);
    }

    /// <summary>Bot → Queued: the conversation waits for a person.</summary>
    public OwnershipTransition Escalate(EscalationReason reason, DateTimeOffset at, string actor) =>
        Move(OwnerState.Bot, OwnerState.Queued, at, actor, reason.ToString(), null);

    /// <summary>Queued → Agent: an agent claimed it, or it was assigned to the least busy agent.</summary>
    public OwnershipTransition Claim(string agentId, DateTimeOffset at, bool autoAssigned = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        return Move(OwnerState.Queued, OwnerState.Agent, at, autoAssigned ? "system" : agentId,
            autoAssigned ? OwnershipReasons.AutoAssigned : OwnershipReasons.Claimed, agentId);
    }

    /// <summary>
    /// Agent → Agent: the owning agent transfers to a colleague, or a supervisor reassigns (<paramref name="bySupervisor"/>).
    /// Only the owner may transfer; a supervisor may reassign any agent's conversation.
    /// </summary>
    public OwnershipTransition Transfer(string byAgentId, string toAgentId, DateTimeOffset at, bool bySupervisor = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byAgentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAgentId);
        RequireOwnerOrSupervisor(byAgentId, bySupervisor, "transfer");
        if (string.Equals(toAgentId, AgentId, StringComparison.Ordinal))
        {
            throw new IllegalOwnershipTransitionException($"The conversation is already with {toAgentId}.");
        }
        return Move(OwnerState.Agent, OwnerState.Agent, at, byAgentId,
            bySupervisor ? OwnershipReasons.Reassigned : OwnershipReasons.Transferred, toAgentId);
    }

    /// <summary>Agent → Queued: the agent puts it back in the queue (e.g. transfer to another skill).</summary>
    public OwnershipTransition Requeue(string byAgentId, DateTimeOffset at, bool bySupervisor = false)
    {
        RequireOwnerOrSupervisor(byAgentId, bySupervisor, "requeue");
        return Move(OwnerState.Agent, OwnerState.Queued, at, byAgentId, OwnershipReasons.Requeued, null);
    }

    /// <summary>Agent → Bot: the agent hands the conversation back to the bot.</summary>
    public OwnershipTransition HandBack(string byAgentId, DateTimeOffset at, bool bySupervisor = false)
    {
        RequireOwnerOrSupervisor(byAgentId, bySupervisor, "hand back");
        return Move(OwnerState.Agent, OwnerState.Bot, at, byAgentId, OwnershipReasons.HandedBack, null);
    }

    /// <summary>Queued → Bot: the customer left the queue, or nobody came in time (<paramref name="reason"/>).</summary>
    public OwnershipTransition LeaveQueue(DateTimeOffset at, string actor, string reason = OwnershipReasons.CustomerLeftQueue) =>
        Move(OwnerState.Queued, OwnerState.Bot, at, actor, reason, null);

    /// <summary>Any → Closed (not from Closed).</summary>
    public OwnershipTransition Close(DateTimeOffset at, string actor, string reason)
    {
        if (State == OwnerState.Closed)
        {
            throw new IllegalOwnershipTransitionException("The conversation is already closed.");
        }
        return Record(new OwnershipTransition(State, OwnerState.Closed, at, actor, reason));
    }

    private void RequireOwnerOrSupervisor(string agentId, bool bySupervisor, string action)
    {
        if (State != OwnerState.Agent)
        {
            throw new IllegalOwnershipTransitionException($"Cannot {action}: the conversation is {State}, not with an agent.");
        }
        if (!bySupervisor && !string.Equals(agentId, AgentId, StringComparison.Ordinal))
        {
            throw new IllegalOwnershipTransitionException($"Cannot {action}: the conversation is assigned to another agent.");
        }
    }

    private OwnershipTransition Move(OwnerState from, OwnerState to, DateTimeOffset at, string actor, string reason, string? agentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (State != from)
        {
            throw new IllegalOwnershipTransitionException($"Cannot move from {State} to {to}; the conversation must be {from}.");
        }
        return Record(new OwnershipTransition(from, to, at, actor, reason, agentId));
    }

    private OwnershipTransition Record(OwnershipTransition transition)
    {
        if (_history.Count > 0 && transition.At < _history[^1].At)
        {
            throw new IllegalOwnershipTransitionException("A transition cannot be earlier than the one before it.");
        }
        _history.Add(transition);
        State = transition.To;
        AgentId = transition.To == OwnerState.Agent ? transition.AgentId : null;
        return transition;
    }
}
