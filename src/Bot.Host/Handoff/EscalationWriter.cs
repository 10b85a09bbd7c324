using Bot.Domain.Handoff;

namespace Bot.Host.Handoff;

/// <summary>
/// Applies a change to an escalation and its conversation's ownership, optimistically: read both, decide, write if
/// nobody wrote in between, otherwise read again and decide again (the decision may now be a refusal).
/// </summary>
internal sealed class EscalationWriter(IEscalationStore escalations)
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Runs <paramref name="decide"/> on fresh copies until its change is stored. An illegal ownership move counts as
    /// <see cref="DeskActionError.InvalidState"/>; a change without an update is a no-op that succeeds.
    /// </summary>
    public async Task<(DeskActionError Error, Escalation? Stored)> ChangeAsync(
        string escalationId, Func<Escalation, ConversationOwnership, EscalationChange> decide, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var escalation = await escalations.FindAsync(escalationId, ct);
            if (escalation is null)
            {
                return (DeskActionError.NotFound, null);
            }
            var ownership = ConversationOwnership.Restore(await escalations.HistoryAsync(escalation.Conversation, ct));
            EscalationChange change;
            try
            {
                change = decide(escalation, ownership);
            }
            catch (IllegalOwnershipTransitionException)
            {
                return (DeskActionError.InvalidState, escalation);
            }
            if (change.Error != DeskActionError.None)
            {
                return (change.Error, escalation);
            }
            if (change.Updated is null)
            {
                return (DeskActionError.None, escalation);
            }
            var stored = await escalations.TryUpdateAsync(change.Updated, change.Transition, ownership.History.Count, ct);
            if (stored is not null)
            {
                return (DeskActionError.None, stored);
            }
        }
        return (DeskActionError.InvalidState, null);
    }
}
