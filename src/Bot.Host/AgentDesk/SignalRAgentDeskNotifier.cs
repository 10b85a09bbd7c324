using Bot.Host.Handoff;
using Microsoft.AspNetCore.SignalR;

namespace Bot.Host.AgentDesk;

/// <summary>
/// Pushes handoff events to the desk pages: queue changes and state changes to every desk; a conversation's lines and
/// typing to its agent and the supervisors (to every desk while nobody has it). A failed push is logged, never thrown
/// into the customer's turn.
/// </summary>
internal sealed class SignalRAgentDeskNotifier(IHubContext<AgentDeskHub, IAgentDeskClient> hub, ILogger<SignalRAgentDeskNotifier> logger)
    : IAgentDeskNotifier
{
    public Task QueueChangedAsync(CancellationToken ct) =>
        PushAsync(nameof(IAgentDeskClient.QueueChanged), () => hub.Clients.Group(DeskGroups.Agents).QueueChanged());

    public Task NewQueueItemAsync(QueueEntryView entry, CancellationToken ct) =>
        PushAsync(nameof(IAgentDeskClient.NewQueueItem), () => hub.Clients.Group(DeskGroups.Agents).NewQueueItem(entry));

    public Task ConversationLineAsync(string escalationId, string? assignedAgentId, TranscriptLineView line, CancellationToken ct) =>
        PushAsync(nameof(IAgentDeskClient.ConversationLine), () => Watchers(assignedAgentId).ConversationLine(escalationId, line));

    public Task CustomerTypingAsync(string escalationId, string? assignedAgentId, CancellationToken ct) =>
        PushAsync(nameof(IAgentDeskClient.CustomerTyping), () => Watchers(assignedAgentId).CustomerTyping(escalationId));

    // Every desk: an agent who just lost the conversation (transfer, reassignment) must learn it too.
    public Task ConversationStateChangedAsync(string escalationId, string? assignedAgentId, string state, CancellationToken ct) =>
        PushAsync(nameof(IAgentDeskClient.ConversationStateChanged),
            () => hub.Clients.Group(DeskGroups.Agents).ConversationStateChanged(escalationId, assignedAgentId, state));

    private IAgentDeskClient Watchers(string? assignedAgentId) =>
        assignedAgentId is null
            ? hub.Clients.Group(DeskGroups.Agents)
            : hub.Clients.Groups(DeskGroups.Agent(assignedAgentId), DeskGroups.Supervisors);

    private async Task PushAsync(string name, Func<Task> push)
    {
        try
        {
            await push();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AgentDeskLog.PushFailed(logger, exception, name);
        }
    }
}
