namespace Bot.Domain.Handoff;

/// <summary>The agents'-channel threads of escalations (one per escalation).</summary>
public interface IAgentThreadStore
{
    /// <summary>Stores the thread; false (nothing stored) when the escalation has one already.</summary>
    Task<bool> SaveAsync(AgentThread thread, CancellationToken ct);

    Task<AgentThread?> FindByEscalationAsync(string escalationId, CancellationToken ct);

    /// <summary>The thread with this conversation id (exactly as Teams sends it), or null.</summary>
    Task<AgentThread?> FindByThreadAsync(string conversationId, CancellationToken ct);
}
