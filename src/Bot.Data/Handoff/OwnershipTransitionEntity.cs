using Bot.Domain.Handoff;

namespace Bot.Data.Handoff;

/// <summary>
/// One change of owner of a conversation (<see cref="OwnershipTransition"/>). <see cref="Sequence"/> numbers a
/// conversation's transitions from 1 and is unique per conversation: two writers appending from the same history
/// cannot both succeed.
/// </summary>
public sealed class OwnershipTransitionEntity
{
    public long Id { get; set; }
    public required string ConversationChannelId { get; set; }
    public required string ConversationId { get; set; }
    public int Sequence { get; set; }
    public OwnerState From { get; set; }
    public OwnerState To { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Reason { get; set; }
    public string? AgentId { get; set; }
    public string? EscalationId { get; set; }
}
