using Bot.Host.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>What the hub pushes to the desk pages (method names as the JavaScript client subscribes to them).</summary>
public interface IAgentDeskClient
{
    /// <summary>The queue changed: fetch it again (GetQueue).</summary>
    Task QueueChanged();

    /// <summary>A new escalation entered the queue: the page plays its cue.</summary>
    Task NewQueueItem(QueueEntryView entry);

    Task ConversationLine(string escalationId, TranscriptLineView line);

    Task CustomerTyping(string escalationId);

    Task ConversationStateChanged(string escalationId, string? assignedAgentId, string state);
}
