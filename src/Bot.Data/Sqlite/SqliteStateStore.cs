using Bot.Runtime.Storage;

namespace Bot.Data.Sqlite;

internal sealed class SqliteStateStore(SqliteConnectionSource connections, TimeProvider time) : IStateStore
{
    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var session = await SqliteSession.OpenAsync(connections, cancellationToken);
        return await SqliteStateWriter.ReadAsync(session, null, key, cancellationToken);
    }

    public async Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var write = new StateWrite(key, json, expectedETag, Guid.NewGuid().ToString("N"));
        await using var session = await SqliteSession.OpenForWriteAsync(connections, cancellationToken);
        var written = await SqliteStateWriter.TryWriteAsync(session, null, write, StoreTime.ToStore(time.GetUtcNow()), cancellationToken);
        return written ? write.NewETag : null;
    }
}
