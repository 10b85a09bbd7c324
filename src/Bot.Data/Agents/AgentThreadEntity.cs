namespace Bot.Data.Agents;

/// <summary>An escalation's thread in the agents' Teams channel (keyed by escalation; the thread id is unique too).</summary>
public sealed class AgentThreadEntity
{
    public required string EscalationId { get; set; }
    public required string ServiceUrl { get; set; }
    public required string ConversationId { get; set; }
    public required string CardActivityId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
