namespace Bot.Host.Handoff;

/// <summary>The notifier of a host without the agent desk (the desk registers its SignalR one over this).</summary>
internal sealed class NoAgentDeskNotifier : IAgentDeskNotifier
{
    public Task QueueChangedAsync(CancellationToken ct) => Task.CompletedTask;

    public Task NewQueueItemAsync(QueueEntryView entry, CancellationToken ct) => Task.CompletedTask;

    public Task ConversationLineAsync(string escalationId, string? assignedAgentId, TranscriptLineView line, CancellationToken ct) => Task.CompletedTask;

    public Task CustomerTypingAsync(string escalationId, string? assignedAgentId, CancellationToken ct) => Task.CompletedTask;

    public Task ConversationStateChangedAsync(string escalationId, string? assignedAgentId, string state, CancellationToken ct) => Task.CompletedTask;
}
