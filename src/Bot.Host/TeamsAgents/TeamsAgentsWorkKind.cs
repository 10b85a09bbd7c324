namespace Bot.Host.TeamsAgents;

internal enum TeamsAgentsWorkKind
{
    /// <summary>A new (or requeued) queue item: the card is created, or updated when the thread exists.</summary>
    Card,

    /// <summary>The conversation changed hands or state: the card is updated in place.</summary>
    CardUpdate,

    /// <summary>A transcript line for the thread.</summary>
    Line,
}
