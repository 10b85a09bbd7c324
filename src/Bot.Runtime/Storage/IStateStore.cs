namespace Bot.Runtime.Storage;

/// <summary>Direct access to state documents outside a turn, with ETag optimistic concurrency.</summary>
public interface IStateStore
{
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="json"/> when the stored ETag is still <paramref name="expectedETag"/> (null: the document
    /// must not exist). Returns the new ETag, or null on a conflict.
    /// </summary>
    Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);
}
