using Bot.Domain.Complaints;
using Bot.Domain.Conversations;

namespace Bot.Domain.Handoff;

/// <summary>
/// Escalations, the ownership history of each conversation (<see cref="ConversationOwnership.Restore"/>) and internal
/// notes. Writes are optimistic: a transition is appended at the 1-based <c>sequence</c> the caller computed from the
/// history it read (<see cref="ConversationOwnership.History"/>.Count after the move), and an escalation is updated only
/// when its <see cref="Escalation.Version"/> is still the stored one; a lost race returns false / null and changes nothing.
/// </summary>
public interface IEscalationStore
{
    /// <summary>Every recorded change of owner of the conversation, oldest first.</summary>
    Task<IReadOnlyList<OwnershipTransition>> HistoryAsync(ConversationAddress conversation, CancellationToken ct);

    /// <summary>The current owner (the last transition's target; Bot without history). Cheap: called on every turn.</summary>
    Task<OwnerState> OwnerOfAsync(ConversationAddress conversation, CancellationToken ct);

    /// <summary>
    /// Stores a new escalation with the transition that queued it; false when the conversation already has an open
    /// escalation or the history moved on meanwhile.
    /// </summary>
    Task<bool> TryOpenAsync(Escalation escalation, OwnershipTransition transition, int sequence, CancellationToken ct);

    /// <summary>
    /// Saves the escalation's state and record (and appends <paramref name="transition"/> when given) if
    /// <see cref="Escalation.Version"/> is current; returns the stored copy with its new version, or null when it was stale.
    /// </summary>
    Task<Escalation?> TryUpdateAsync(Escalation escalation, OwnershipTransition? transition, int sequence, CancellationToken ct);

    Task<Escalation?> FindAsync(string escalationId, CancellationToken ct);

    /// <summary>The conversation's open escalation (queued, with an agent, or external), or null.</summary>
    Task<Escalation?> FindOpenAsync(ConversationAddress conversation, CancellationToken ct);

    /// <summary>All open escalations, oldest first.</summary>
    Task<IReadOnlyList<Escalation>> ListOpenAsync(CancellationToken ct);

    /// <summary>Claimed-to-resolved (or handed back) times of the last <paramref name="count"/> finished agent conversations.</summary>
    Task<IReadOnlyList<TimeSpan>> RecentHandleTimesAsync(int count, CancellationToken ct);

    /// <summary>True when an escalation for <paramref name="reason"/> already named this complaint (e.g. once per overdue complaint).</summary>
    Task<bool> HasEscalatedAsync(string complaintReference, EscalationReason reason, CancellationToken ct);

    Task<InternalNote> AddNoteAsync(string escalationId, string agentId, string text, DateTimeOffset at, CancellationToken ct);

    Task<IReadOnlyList<InternalNote>> NotesAsync(string escalationId, CancellationToken ct);
}
