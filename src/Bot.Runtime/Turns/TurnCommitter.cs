using Bot.Runtime.Leases;
using Bot.Runtime.State;
using Bot.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Runtime.Turns;

/// <summary>
/// Saves a turn: changed state documents, transcript rows, the dedupe marker, the conversation reference and the lease
/// release go to the store in one transaction.
/// </summary>
/// <remarks>
/// State uses ETag optimistic concurrency and never loses an update: when another writer changed a document since this
/// turn loaded it (two conversations of one user, or an out-of-turn writer), the commit is rolled back, the document
/// is taken as it is stored now, this turn's property-level changes are applied on top (properties this turn set or
/// deleted win, all others keep the stored values) and the commit is tried again, a bounded number of times.
/// </remarks>
internal sealed class TurnCommitter(
    ITurnStore store, IEnumerable<BotState> states, IOptions<RuntimeOptions> options, TimeProvider time, ILogger log)
{
    private readonly BotState[] _states = [.. states];

    public async Task CommitAsync(
        TurnContext turnContext,
        LeaseHandle lease,
        string? processedActivityKey,
        IReadOnlyList<TranscriptRecord> transcript,
        ConversationUpsert? conversation,
        CancellationToken cancellationToken)
    {
        var pending = new List<(StateDocument Document, StateChanges Changes)>(_states.Length);
        foreach (var state in _states)
        {
            if (state.Loaded(turnContext) is { } document && document.TakeChanges() is { } changes)
            {
                pending.Add((document, changes));
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            var writes = pending.ConvertAll(p => p.Document.ToWrite(Guid.NewGuid().ToString("N")));
            var commit = new TurnCommit(
                writes, processedActivityKey, transcript, conversation, lease.ConversationKey, lease.Owner, time.GetUtcNow());
            var conflicts = await store.CommitAsync(commit, cancellationToken);
            if (conflicts.Count == 0)
            {
                lease.MarkReleasedInStore();
                return;
            }
            if (attempt > options.Value.MaxStateConflictRetries)
            {
                throw new StateConflictException(conflicts[0].Key, attempt);
            }
            foreach (var conflict in conflicts)
            {
                RuntimeLog.StateConflict(log, conflict.Key, attempt);
                var (document, changes) = pending.Find(p => p.Document.Key == conflict.Key);
                document.Rebase(conflict.Current, changes);
            }
        }
    }
}
