namespace Bot.Domain.Handoff;

/// <summary>Where an escalation stands. Queued, Assigned, Resolved and External are open (at most one per conversation).</summary>
public enum EscalationState
{
    /// <summary>Waiting for an agent.</summary>
    Queued,

    /// <summary>An agent has it and talks to the customer.</summary>
    Assigned,

    /// <summary>The agent recorded an outcome; the conversation stays with the agent until handed back.</summary>
    Resolved,

    /// <summary>Handed back to the bot (closed).</summary>
    HandedBack,

    /// <summary>The customer left the queue, or the external contact centre failed (closed).</summary>
    Abandoned,

    /// <summary>Nobody came in time: a callback case was opened instead (closed).</summary>
    Callback,

    /// <summary>With the company's external contact centre (handoff.initiate sent).</summary>
    External,
}
