using System.Text;
using Bot.Runtime.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Sqlite;

/// <summary>
/// The turn pipeline's store on SQLite. Writes (leases, the turn commit) go through the group-commit
/// <see cref="SqliteWriteQueue"/>; the per-turn read is one round trip on a pooled reader connection.
/// </summary>
internal sealed class SqliteTurnStore(
    SqliteConnectionSource connections, SqliteWriteQueue writes, IDbContextFactory<BotDbContext> contexts) : ITurnStore
{
    public Task<bool> TryAcquireLeaseAsync(
        string key, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        writes.EnqueueAsync(
            new AcquireLeaseOperation(key, owner, StoreTime.ToStore(now), StoreTime.ToStore(expiresAt)), cancellationToken);

    public Task RenewLeaseAsync(string key, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        writes.EnqueueAsync(new RenewLeaseOperation(key, owner, StoreTime.ToStore(expiresAt)), cancellationToken);

    public Task ReleaseLeaseAsync(string key, string owner, CancellationToken cancellationToken) =>
        writes.EnqueueAsync(new ReleaseLeaseOperation(key, owner), cancellationToken);

    public async Task<TurnSnapshot> LoadAsync(string? processedActivityKey, IReadOnlyList<string> stateKeys, CancellationToken cancellationToken)
    {
        await using var session = await SqliteSession.OpenAsync(connections, cancellationToken);
        await using var command = session.Command("");
        var sql = new StringBuilder("SELECT EXISTS (SELECT 1 FROM ProcessedActivities WHERE Key = $processed);");
        command.Parameters.AddWithValue("$processed", (object?)processedActivityKey ?? DBNull.Value);
        if (stateKeys.Count > 0)
        {
            sql.Append(" SELECT Key, Json, ETag FROM StateEntries WHERE Key IN (");
            for (var i = 0; i < stateKeys.Count; i++)
            {
                sql.Append(i == 0 ? "$s0" : $", $s{i}");
                command.Parameters.AddWithValue($"$s{i}", stateKeys[i]);
            }
            sql.Append(");");
        }
        command.CommandText = sql.ToString();

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var processed = reader.GetBoolean(0);
        var states = new List<StoredState>(stateKeys.Count);
        if (stateKeys.Count > 0 && await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                states.Add(new StoredState(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        return new TurnSnapshot(processed, states);
    }

    public Task<IReadOnlyList<StateConflict>> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return writes.EnqueueAsync(new TurnCommitOperation(commit), cancellationToken);
    }

    public async Task<int> PruneProcessedActivitiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProcessedActivities.Where(p => p.ProcessedAt < olderThan).ExecuteDeleteAsync(cancellationToken);
    }
}
