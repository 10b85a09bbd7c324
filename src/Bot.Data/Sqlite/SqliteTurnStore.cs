using System.Text;
using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Sqlite;

/// <summary>
/// The turn pipeline's store on SQLite. The per-turn statements are plain SQL on a pooled context's connection: one
/// conditional upsert for the lease, one round trip for the read, one IMMEDIATE transaction for the commit.
/// </summary>
internal sealed class SqliteTurnStore(SqliteConnectionSource connections, IDbContextFactory<BotDbContext> contexts) : ITurnStore
{
    private const string AcquireLeaseSql = """
        INSERT INTO ConversationLeases (ConversationKey, Owner, ExpiresAt) VALUES ($key, $owner, $expires)
        ON CONFLICT (ConversationKey) DO UPDATE SET Owner = excluded.Owner, ExpiresAt = excluded.ExpiresAt
        WHERE ConversationLeases.ExpiresAt <= $now OR ConversationLeases.Owner = excluded.Owner
        """;

    private const string InsertTranscriptSql = """
        INSERT INTO TranscriptEntries (ChannelId, ConversationId, ActivityId, Direction, Type, FromId, FromRole, Timestamp, Json)
        VALUES ($channel, $conversation, $activity, $direction, $type, $fromId, $fromRole, $timestamp, $json)
        """;

    private const string UpsertConversationSql = """
        INSERT INTO Conversations (Key, ChannelId, ConversationId, ReferenceJson, ServiceUrlVerified, Locale, CreatedAt, LastActivityAt)
        VALUES ($key, $channel, $conversation, $reference, $verified, $locale, $now, $now)
        ON CONFLICT (Key) DO UPDATE SET ReferenceJson = excluded.ReferenceJson, ServiceUrlVerified = excluded.ServiceUrlVerified,
            Locale = COALESCE(excluded.Locale, Conversations.Locale), LastActivityAt = excluded.LastActivityAt
        """;

    private static readonly string[] TranscriptParameters =
        ["$channel", "$conversation", "$activity", "$direction", "$type", "$fromId", "$fromRole", "$timestamp", "$json"];

    public async Task<bool> TryAcquireLeaseAsync(
        string key, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var session = await SqliteSession.OpenForWriteAsync(connections, cancellationToken);
        await using var command = session.Command(AcquireLeaseSql);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$expires", StoreTime.ToStore(expiresAt));
        command.Parameters.AddWithValue("$now", StoreTime.ToStore(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task RenewLeaseAsync(string key, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var session = await SqliteSession.OpenForWriteAsync(connections, cancellationToken);
        await using var command = session.Command("UPDATE ConversationLeases SET ExpiresAt = $expires WHERE ConversationKey = $key AND Owner = $owner");
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$expires", StoreTime.ToStore(expiresAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseLeaseAsync(string key, string owner, CancellationToken cancellationToken)
    {
        await using var session = await SqliteSession.OpenForWriteAsync(connections, cancellationToken);
        await using var command = ReleaseLeaseCommand(session, null, key, owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

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

    public async Task<IReadOnlyList<StateConflict>> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        await using var session = await SqliteSession.OpenForWriteAsync(connections, cancellationToken);
        // IMMEDIATE: take the write lock up front (waiting on busy_timeout) rather than failing on a lock upgrade.
        await using var transaction = session.Connection.BeginTransaction(deferred: false);
        var now = StoreTime.ToStore(commit.Now);

        var conflicts = await SqliteStateWriter.WriteAsync(session, transaction, commit.States, now, cancellationToken);
        if (conflicts.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return conflicts;
        }
        if (commit.ProcessedActivityKey is { } processedKey)
        {
            await using var command = session.Command(
                "INSERT INTO ProcessedActivities (Key, ProcessedAt) VALUES ($key, $now) ON CONFLICT (Key) DO NOTHING", transaction);
            command.Parameters.AddWithValue("$key", processedKey);
            command.Parameters.AddWithValue("$now", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await InsertTranscriptAsync(session, transaction, commit.Transcript, cancellationToken);
        if (commit.Conversation is { } conversation)
        {
            await UpsertConversationAsync(session, transaction, conversation, now, cancellationToken);
        }
        await using (var release = ReleaseLeaseCommand(session, transaction, commit.LeaseKey, commit.LeaseOwner))
        {
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    public async Task<int> PruneProcessedActivitiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProcessedActivities.Where(p => p.ProcessedAt < olderThan).ExecuteDeleteAsync(cancellationToken);
    }

    private static SqliteCommand ReleaseLeaseCommand(SqliteSession session, SqliteTransaction? transaction, string key, string owner)
    {
        var command = session.Command("DELETE FROM ConversationLeases WHERE ConversationKey = $key AND Owner = $owner", transaction);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$owner", owner);
        return command;
    }

    private static async Task InsertTranscriptAsync(
        SqliteSession session, SqliteTransaction transaction, IReadOnlyList<TranscriptRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        await using var command = session.Command(InsertTranscriptSql, transaction);
        var parameters = TranscriptParameters.Select(name => command.Parameters.Add(name, SqliteType.Text)).ToArray();
        parameters[7].SqliteType = SqliteType.Integer;
        foreach (var record in records)
        {
            parameters[0].Value = record.ChannelId;
            parameters[1].Value = record.ConversationId;
            parameters[2].Value = (object?)record.ActivityId ?? DBNull.Value;
            parameters[3].Value = record.Direction;
            parameters[4].Value = record.Type;
            parameters[5].Value = (object?)record.FromId ?? DBNull.Value;
            parameters[6].Value = (object?)record.FromRole ?? DBNull.Value;
            parameters[7].Value = StoreTime.ToStore(record.Timestamp);
            parameters[8].Value = record.Json;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task UpsertConversationAsync(
        SqliteSession session, SqliteTransaction transaction, ConversationUpsert conversation, long now, CancellationToken cancellationToken)
    {
        await using var command = session.Command(UpsertConversationSql, transaction);
        command.Parameters.AddWithValue("$key", conversation.Key);
        command.Parameters.AddWithValue("$channel", conversation.Reference.ChannelId ?? "");
        command.Parameters.AddWithValue("$conversation", conversation.Reference.Conversation?.Id ?? "");
        command.Parameters.AddWithValue("$reference", JsonSerializer.Serialize(conversation.Reference, ProtocolJsonContext.Default.ConversationReference));
        command.Parameters.AddWithValue("$verified", conversation.ServiceUrlVerified);
        command.Parameters.AddWithValue("$locale", (object?)conversation.Reference.Locale ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
