using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

/// <summary>Pushes to the agent desks; a desk that cannot be reached never fails what the customer or agent did.</summary>
internal sealed class DeskNotices(IAgentDeskNotifier notifier, ILogger<DeskNotices> log)
{
    public Task QueueChangedAsync(CancellationToken ct) => SafelyAsync(() => notifier.QueueChangedAsync(ct));

    public Task NewItemAsync(QueueEntryView entry, CancellationToken ct) => SafelyAsync(async () =>
    {
        await notifier.NewQueueItemAsync(entry, ct);
        await notifier.QueueChangedAsync(ct);
    });

    public Task StateChangedAsync(Escalation escalation, CancellationToken ct) => SafelyAsync(async () =>
    {
        await notifier.ConversationStateChangedAsync(escalation.Id, escalation.AssignedAgentId, escalation.State.ToString(), ct);
        await notifier.QueueChangedAsync(ct);
    });

    public Task LineAsync(Escalation escalation, TranscriptLineView line, CancellationToken ct) =>
        SafelyAsync(() => notifier.ConversationLineAsync(escalation.Id, escalation.AssignedAgentId, line, ct));

    public Task TypingAsync(Escalation escalation, CancellationToken ct) =>
        SafelyAsync(() => notifier.CustomerTypingAsync(escalation.Id, escalation.AssignedAgentId, ct));

    private async Task SafelyAsync(Func<Task> push)
    {
        try
        {
            await push();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HandoffLog.DesksUnreachable(log, ex);
        }
    }
}
