namespace Bot.Domain.Handoff;

/// <summary>Who answers the customer (ARCHITECTURE.md §5): the bot, nobody yet (queued for a person), an agent, or nobody (closed).</summary>
public enum OwnerState
{
    Bot,
    Queued,
    Agent,
    Closed,
}
