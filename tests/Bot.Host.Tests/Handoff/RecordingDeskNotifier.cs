using Bot.Host.Handoff;

namespace Bot.Host.Tests.Handoff;

/// <summary>Stands in for the SignalR desks: records every push and lets a test await one.</summary>
internal sealed class RecordingDeskNotifier : IAgentDeskNotifier
{
    private readonly Lock _gate = new();
    private readonly List<DeskEvent> _events = [];
    private readonly List<(Func<DeskEvent, bool> Match, TaskCompletionSource<DeskEvent> Found)> _waiters = [];

    public IReadOnlyList<DeskEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>The first push (already made or still to come) that matches; fails after 10 seconds.</summary>
    public Task<DeskEvent> WaitForAsync(Func<DeskEvent, bool> match)
    {
        lock (_gate)
        {
            if (_events.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }
            var found = new TaskCompletionSource<DeskEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, found));
            return found.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public Task QueueChangedAsync(CancellationToken ct) => Record(new DeskEvent(DeskEvent.QueueChanged));

    public Task NewQueueItemAsync(QueueEntryView entry, CancellationToken ct) =>
        Record(new DeskEvent(DeskEvent.NewItem, entry.EscalationId, Entry: entry));

    public Task ConversationLineAsync(string escalationId, string? assignedAgentId, TranscriptLineView line, CancellationToken ct) =>
        Record(new DeskEvent(DeskEvent.LineAdded, escalationId, assignedAgentId, Line: line));

    public Task CustomerTypingAsync(string escalationId, string? assignedAgentId, CancellationToken ct) =>
        Record(new DeskEvent(DeskEvent.Typing, escalationId, assignedAgentId));

    public Task ConversationStateChangedAsync(string escalationId, string? assignedAgentId, string state, CancellationToken ct) =>
        Record(new DeskEvent(DeskEvent.StateChanged, escalationId, assignedAgentId, state));

    private Task Record(DeskEvent desk)
    {
        lock (_gate)
        {
            _events.Add(desk);
            foreach (var waiter in _waiters.Where(w => w.Match(desk)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(desk);
            }
        }
        return Task.CompletedTask;
    }
}
