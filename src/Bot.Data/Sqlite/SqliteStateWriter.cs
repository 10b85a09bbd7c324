using Bot.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace Bot.Data.Sqlite;

/// <summary>ETag-checked state writes: update where the ETag is unchanged, insert where the key is new; 0 rows = conflict.</summary>
internal static class SqliteStateWriter
{
    private const string UpdateSql =
        "UPDATE StateEntries SET Json = $json, ETag = $etag, UpdatedAt = $now WHERE Key = $key AND ETag = $expected";

    private const string InsertSql =
        "INSERT INTO StateEntries (Key, Json, ETag, UpdatedAt) VALUES ($key, $json, $etag, $now) ON CONFLICT (Key) DO NOTHING";

    /// <summary>Writes all documents; returns the conflicts with the stored documents (the caller then rolls back).</summary>
    public static async Task<IReadOnlyList<StateConflict>> WriteAsync(
        SqliteSession session, SqliteTransaction transaction, IReadOnlyList<StateWrite> writes, long now, CancellationToken cancellationToken)
    {
        List<string>? conflicted = null;
        foreach (var write in writes)
        {
            if (!await TryWriteAsync(session, transaction, write, now, cancellationToken))
            {
                (conflicted ??= []).Add(write.Key);
            }
        }
        if (conflicted is null)
        {
            return [];
        }
        var conflicts = new List<StateConflict>(conflicted.Count);
        foreach (var key in conflicted)
        {
            conflicts.Add(new StateConflict(key, await ReadAsync(session, transaction, key, cancellationToken)));
        }
        return conflicts;
    }

    public static async Task<bool> TryWriteAsync(
        SqliteSession session, SqliteTransaction? transaction, StateWrite write, long now, CancellationToken cancellationToken)
    {
        await using var command = session.Command(write.ExpectedETag is null ? InsertSql : UpdateSql, transaction);
        command.Parameters.AddWithValue("$key", write.Key);
        command.Parameters.AddWithValue("$json", write.Json);
        command.Parameters.AddWithValue("$etag", write.NewETag);
        command.Parameters.AddWithValue("$now", now);
        if (write.ExpectedETag is { } expected)
        {
            command.Parameters.AddWithValue("$expected", expected);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public static async Task<StoredState?> ReadAsync(
        SqliteSession session, SqliteTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = session.Command("SELECT Json, ETag FROM StateEntries WHERE Key = $key", transaction);
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(key, reader.GetString(0), reader.GetString(1)) : null;
    }
}
