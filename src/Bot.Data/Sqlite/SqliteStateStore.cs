using Bot.Runtime.Storage;

namespace Bot.Data.Sqlite;

internal sealed class SqliteStateStore(SqliteConnectionSource connections, SqliteWriteQueue writes, TimeProvider time) : IStateStore
{
    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var session = await SqliteSession.OpenAsync(connections, cancellationToken);
        await using var command = session.Command("SELECT Json, ETag FROM StateEntries WHERE Key = $key");
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(key, reader.GetString(0), reader.GetString(1)) : null;
    }

    public async Task<string?> TryWriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var write = new StateWrite(key, json, expectedETag, Guid.NewGuid().ToString("N"));
        var written = await writes.EnqueueAsync(new StateWriteOperation(write, StoreTime.ToStore(time.GetUtcNow())), cancellationToken);
        return written ? write.NewETag : null;
    }
}
