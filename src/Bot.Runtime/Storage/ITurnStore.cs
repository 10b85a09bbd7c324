namespace Bot.Runtime.Storage;

/// <summary>The store port of the turn pipeline: conversation leases, the per-turn read and the per-turn commit.</summary>
public interface ITurnStore
{
    /// <summary>
    /// Atomically takes the lease of <paramref name="key"/> for <paramref name="owner"/> when it is free, expired at
    /// <paramref name="now"/>, or already held by <paramref name="owner"/>. False when another owner holds it.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string key, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Extends a lease this owner still holds; does nothing when it was released or taken over.</summary>
    Task RenewLeaseAsync(string key, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Releases the lease when this owner still holds it.</summary>
    Task ReleaseLeaseAsync(string key, string owner, CancellationToken cancellationToken);

    /// <summary>Reads the dedupe marker (when a key is given) and the existing state documents in one round trip.</summary>
    Task<TurnSnapshot> LoadAsync(string? processedActivityKey, IReadOnlyList<string> stateKeys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the turn in one transaction and releases its lease. When any state write hits an ETag conflict nothing
    /// is written and the conflicts are returned with the stored documents, so the caller can re-apply and retry.
    /// </summary>
    Task<IReadOnlyList<StateConflict>> CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>Deletes dedupe markers older than <paramref name="olderThan"/>; returns how many.</summary>
    Task<int> PruneProcessedActivitiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
