namespace Bot.Domain.Handoff;

/// <summary>An agent as routing sees them: skills, languages ("en", "zh"), presence and capacity (concurrent chats).</summary>
public sealed record AgentAvailability(
    string AgentId,
    IReadOnlySet<Skill> Skills,
    IReadOnlySet<string> Languages,
    AgentPresence Presence,
    int Capacity,
    int ActiveConversations)
{
    public bool HasRoom => Presence == AgentPresence.Online && ActiveConversations < Capacity;

    /// <summary>Online, with a free slot, the item's skill and the customer's language.</summary>
    public bool CanTake(QueueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return HasRoom && Skills.Contains(item.Skill) && Languages.Contains(item.Language);
    }

    /// <summary>Share of the capacity in use (0 = idle).</summary>
    public double Load => Capacity <= 0 ? 1 : (double)ActiveConversations / Capacity;
}
