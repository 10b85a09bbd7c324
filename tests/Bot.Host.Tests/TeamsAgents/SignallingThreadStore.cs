using System.Collections.Concurrent;
using Bot.Domain.Handoff;

namespace Bot.Host.Tests.TeamsAgents;

/// <summary>The host's own thread store, letting a test await the moment an escalation's thread is stored.</summary>
internal sealed class SignallingThreadStore(IAgentThreadStore inner) : IAgentThreadStore
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AgentThread>> _saved = new(StringComparer.Ordinal);

    public Task<AgentThread> SavedAsync(string escalationId) =>
        Signal(escalationId).Task.WaitAsync(TimeSpan.FromSeconds(20));

    public async Task<bool> SaveAsync(AgentThread thread, CancellationToken ct)
    {
        var saved = await inner.SaveAsync(thread, ct);
        if (saved)
        {
            Signal(thread.EscalationId).TrySetResult(thread);
        }
        return saved;
    }

    public Task<AgentThread?> FindByEscalationAsync(string escalationId, CancellationToken ct) => inner.FindByEscalationAsync(escalationId, ct);

    public Task<AgentThread?> FindByThreadAsync(string conversationId, CancellationToken ct) => inner.FindByThreadAsync(conversationId, ct);

    private TaskCompletionSource<AgentThread> Signal(string escalationId) =>
        _saved.GetOrAdd(escalationId, _ => new TaskCompletionSource<AgentThread>(TaskCreationOptions.RunContinuationsAsynchronously));
}
