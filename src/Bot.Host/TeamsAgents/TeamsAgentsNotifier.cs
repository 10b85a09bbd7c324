using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Microsoft.Extensions.Options;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// The agents' channel as one of the desks: queues the card, its updates and the thread lines for
/// <see cref="TeamsAgentsWorker"/>, so neither the customer's turn nor a desk action waits for Teams.
/// </summary>
internal sealed class TeamsAgentsNotifier(TeamsAgentsQueue queue, IOptionsMonitor<TeamsAgentsOptions> options) : IAgentDeskNotifier
{
    public Task QueueChangedAsync(CancellationToken ct) => Task.CompletedTask;

    public Task NewQueueItemAsync(QueueEntryView entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Add(new TeamsAgentsWork(TeamsAgentsWorkKind.Card, entry.EscalationId));
    }

    public Task ConversationLineAsync(string escalationId, string? assignedAgentId, TranscriptLineView line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        // The agent typed it in the thread: it is there already.
        if (line.Speaker == TranscriptSpeakers.Agent && TeamsAgentsOrigin.IsFromThread(escalationId))
        {
            return Task.CompletedTask;
        }
        return line.Speaker is TranscriptSpeakers.Customer or TranscriptSpeakers.Agent or TranscriptSpeakers.Note
            ? Add(new TeamsAgentsWork(TeamsAgentsWorkKind.Line, escalationId, line))
            : Task.CompletedTask;
    }

    public Task CustomerTypingAsync(string escalationId, string? assignedAgentId, CancellationToken ct) => Task.CompletedTask;

    public Task ConversationStateChangedAsync(string escalationId, string? assignedAgentId, string state, CancellationToken ct) =>
        Add(new TeamsAgentsWork(TeamsAgentsWorkKind.CardUpdate, escalationId));

    private Task Add(TeamsAgentsWork work)
    {
        if (options.CurrentValue.Enabled)
        {
            queue.Add(work);
        }
        return Task.CompletedTask;
    }
}
