namespace Bot.Domain.Handoff;

/// <summary>What happened to a request for a person.</summary>
public enum HandoffOutcome
{
    /// <summary>In the queue: position and an estimated wait (or unknown) are in the ticket.</summary>
    Queued,

    /// <summary>Assigned at once to an agent (auto-assignment).</summary>
    Assigned,

    /// <summary>Outside opening hours: the customer may leave a message (a callback case); the ticket says when we open.</summary>
    OutsideOpeningHours,

    /// <summary>Open, but no agent is online for the skill and language: the customer may leave a message.</summary>
    NoAgentOnline,

    /// <summary>Handed to the company's external contact centre (handoff.initiate sent).</summary>
    External,

    /// <summary>The conversation was already queued or with an agent.</summary>
    AlreadyEscalated,
}
