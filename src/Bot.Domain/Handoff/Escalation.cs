using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;

namespace Bot.Domain.Handoff;

/// <summary>
/// One hand-over of a conversation to a person: why, for whom, what about, and the record of the queue (queued, claimed,
/// first agent reply, resolved, handed back). <see cref="Version"/> is the store's concurrency token: an update made
/// from a stale copy is refused, so two agents claiming at once cannot both win.
/// </summary>
public sealed record Escalation
{
    public required string Id { get; init; }

    public required ConversationAddress Conversation { get; init; }

    /// <summary>The channel the customer uses ("directline", "msteams", ...), as the desk shows it.</summary>
    public required string Channel { get; init; }

    public string? CustomerId { get; init; }

    public CustomerTier Tier { get; init; }

    public EscalationReason Reason { get; init; }

    public ComplaintSeverity Severity { get; init; }

    public Skill Skill { get; init; }

    /// <summary>"en" or "zh".</summary>
    public required string Language { get; init; }

    public string Summary { get; init; } = "";

    public IReadOnlyList<string> TrackingNumbers { get; init; } = [];

    public IReadOnlyList<string> ComplaintReferences { get; init; } = [];

    /// <summary>What the bot was doing when it handed over (for the dialogs to resume).</summary>
    public string? ResumeHint { get; init; }

    public EscalationState State { get; init; }

    /// <summary>When it was first queued: the record, and the start of priority ageing.</summary>
    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>When it last entered the queue (a transfer to another skill puts it back): the maximum wait counts from here.</summary>
    public DateTimeOffset WaitingSince { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    public DateTimeOffset? FirstAgentReplyAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset? HandedBackAt { get; init; }

    /// <summary>When it left the queue without an agent (customer left, callback, external failure).</summary>
    public DateTimeOffset? EndedAt { get; init; }

    public string? AssignedAgentId { get; init; }

    public string? OutcomeCode { get; init; }

    /// <summary>The last queue position the customer was told (position updates are sent only when it changes).</summary>
    public int? NotifiedPosition { get; init; }

    /// <summary>The store's concurrency token of this copy ("" before it is stored).</summary>
    public string Version { get; init; } = "";

    public bool IsOpen => State is EscalationState.Queued or EscalationState.Assigned or EscalationState.Resolved or EscalationState.External;

    /// <summary>With an agent of the built-in desk (assigned or resolved, not yet handed back).</summary>
    public bool IsWithAgent => State is EscalationState.Assigned or EscalationState.Resolved;

    public QueueItem ToQueueItem() => new(Id, Reason, Tier, Severity, Skill, Language, Channel, QueuedAt);
}
