namespace Bot.Data.Handoff;

/// <summary>An agent's internal note on an escalation; never sent to the customer.</summary>
public sealed class InternalNoteEntity
{
    public long Id { get; set; }
    public required string EscalationId { get; set; }
    public required string AgentId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }
}
