using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

/// <summary>
/// Pushes to every agent desk (web desk, Teams agents' channel, ...), each on its own: a desk that cannot be reached never
/// stops the others, nor fails what the customer or agent did. No notifier registered means nobody is told.
/// </summary>
internal sealed class DeskNotices(IEnumerable<IAgentDeskNotifier> notifiers, ILogger<DeskNotices> log)
{
    private readonly IAgentDeskNotifier[] _notifiers = [.. notifiers];

    public Task QueueChangedAsync(CancellationToken ct) => EachAsync(n => n.QueueChangedAsync(ct));

    public Task NewItemAsync(QueueEntryView entry, CancellationToken ct) => EachAsync(async n =>
    {
        await n.NewQueueItemAsync(entry, ct);
        await n.QueueChangedAsync(ct);
    });

    public Task StateChangedAsync(Escalation escalation, CancellationToken ct) => EachAsync(async n =>
    {
        await n.ConversationStateChangedAsync(escalation.Id, escalation.AssignedAgentId, escalation.State.ToString(), ct);
        await n.QueueChangedAsync(ct);
    });

    public Task LineAsync(Escalation escalation, TranscriptLineView line, CancellationToken ct) =>
        EachAsync(n => n.ConversationLineAsync(escalation.Id, escalation.AssignedAgentId, line, ct));

    public Task TypingAsync(Escalation escalation, CancellationToken ct) =>
        EachAsync(n => n.CustomerTypingAsync(escalation.Id, escalation.AssignedAgentId, ct));

    private async Task EachAsync(Func<IAgentDeskNotifier, Task> push)
    {
        foreach (var notifier in _notifiers)
        {
            try
            {
                await push(notifier);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HandoffLog.DesksUnreachable(log, ex);
            }
        }
    }
}
