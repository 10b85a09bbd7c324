using Bot.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace Bot.Data.Sqlite;

/// <summary>
/// The write statements on the writer loop's connection, each prepared once and re-bound per use. The transaction is
/// plain SQL (BEGIN/SAVEPOINT), so the commands need no transaction object. Calls are synchronous: Microsoft.Data.Sqlite
/// runs its async methods synchronously anyway, and only the writer loop uses this connection.
/// </summary>
internal sealed class SqliteWriteCommands(SqliteConnection connection) : IDisposable
{
    private readonly SqliteCommand _begin = Create(connection, "BEGIN IMMEDIATE");
    private readonly SqliteCommand _commit = Create(connection, "COMMIT");
    private readonly SqliteCommand _savepoint = Create(connection, "SAVEPOINT operation");
    private readonly SqliteCommand _release = Create(connection, "RELEASE operation");
    private readonly SqliteCommand _rollbackToSavepoint = Create(connection, "ROLLBACK TO operation; RELEASE operation");

    private readonly SqliteCommand _acquireLease = Create(connection, """
        INSERT INTO ConversationLeases (ConversationKey, Owner, ExpiresAt) VALUES ($key, $owner, $expires)
        ON CONFLICT (ConversationKey) DO UPDATE SET Owner = excluded.Owner, ExpiresAt = excluded.ExpiresAt
        WHERE ConversationLeases.ExpiresAt <= $now OR ConversationLeases.Owner = excluded.Owner
        """, "$key", "$owner", "$expires", "$now");

    private readonly SqliteCommand _renewLease = Create(
        connection, "UPDATE ConversationLeases SET ExpiresAt = $expires WHERE ConversationKey = $key AND Owner = $owner",
        "$key", "$owner", "$expires");

    private readonly SqliteCommand _releaseLease = Create(
        connection, "DELETE FROM ConversationLeases WHERE ConversationKey = $key AND Owner = $owner", "$key", "$owner");

    private readonly SqliteCommand _updateState = Create(
        connection, "UPDATE StateEntries SET Json = $json, ETag = $etag, UpdatedAt = $now WHERE Key = $key AND ETag = $expected",
        "$key", "$json", "$etag", "$now", "$expected");

    private readonly SqliteCommand _insertState = Create(
        connection, "INSERT INTO StateEntries (Key, Json, ETag, UpdatedAt) VALUES ($key, $json, $etag, $now) ON CONFLICT (Key) DO NOTHING",
        "$key", "$json", "$etag", "$now");

    private readonly SqliteCommand _readState = Create(connection, "SELECT Json, ETag FROM StateEntries WHERE Key = $key", "$key");

    private readonly SqliteCommand _markProcessed = Create(
        connection, "INSERT INTO ProcessedActivities (Key, ProcessedAt) VALUES ($key, $now) ON CONFLICT (Key) DO NOTHING",
        "$key", "$now");

    private readonly SqliteCommand _insertTranscript = Create(connection, """
        INSERT INTO TranscriptEntries (ChannelId, ConversationId, ActivityId, Direction, Type, FromId, FromRole, Timestamp, Json)
        VALUES ($channel, $conversation, $activity, $direction, $type, $fromId, $fromRole, $timestamp, $json)
        """, "$channel", "$conversation", "$activity", "$direction", "$type", "$fromId", "$fromRole", "$timestamp", "$json");

    private readonly SqliteCommand _upsertConversation = Create(connection, """
        INSERT INTO Conversations (Key, ChannelId, ConversationId, ReferenceJson, ServiceUrlVerified, Locale, CreatedAt, LastActivityAt)
        VALUES ($key, $channel, $conversation, $reference, $verified, $locale, $now, $now)
        ON CONFLICT (Key) DO UPDATE SET ReferenceJson = excluded.ReferenceJson, ServiceUrlVerified = excluded.ServiceUrlVerified,
            Locale = COALESCE(excluded.Locale, Conversations.Locale), LastActivityAt = excluded.LastActivityAt
        """, "$key", "$channel", "$conversation", "$reference", "$verified", "$locale", "$now");

    public SqliteConnection Connection { get; } = connection;

    public void Begin() => _begin.ExecuteNonQuery();

    public void Commit() => _commit.ExecuteNonQuery();

    public void Savepoint() => _savepoint.ExecuteNonQuery();

    public void ReleaseSavepoint() => _release.ExecuteNonQuery();

    public void RollbackToSavepoint() => _rollbackToSavepoint.ExecuteNonQuery();

    public bool AcquireLease(string key, string owner, long now, long expiresAt) =>
        Execute(_acquireLease, key, owner, expiresAt, now) == 1;

    public void RenewLease(string key, string owner, long expiresAt) => Execute(_renewLease, key, owner, expiresAt);

    public void ReleaseLease(string key, string owner) => Execute(_releaseLease, key, owner);

    /// <summary>Update where the ETag is unchanged, insert where the key is new; false (0 rows) is an ETag conflict.</summary>
    public bool WriteState(StateWrite write, long now) => write.ExpectedETag is { } expected
        ? Execute(_updateState, write.Key, write.Json, write.NewETag, now, expected) == 1
        : Execute(_insertState, write.Key, write.Json, write.NewETag, now) == 1;

    public StoredState? ReadState(string key)
    {
        _readState.Parameters[0].Value = key;
        using var reader = _readState.ExecuteReader();
        return reader.Read() ? new StoredState(key, reader.GetString(0), reader.GetString(1)) : null;
    }

    public void MarkProcessed(string key, long now) => Execute(_markProcessed, key, now);

    public void InsertTranscript(TranscriptRecord record, long timestamp) => Execute(
        _insertTranscript, record.ChannelId, record.ConversationId, record.ActivityId, record.Direction, record.Type,
        record.FromId, record.FromRole, timestamp, record.Json);

    public void UpsertConversation(ConversationUpsert conversation, string referenceJson, long now) => Execute(
        _upsertConversation, conversation.Key, conversation.Reference.ChannelId ?? "", conversation.Reference.Conversation?.Id ?? "",
        referenceJson, conversation.ServiceUrlVerified, conversation.Reference.Locale, now);

    public void Dispose()
    {
        foreach (var command in new[]
        {
            _begin, _commit, _savepoint, _release, _rollbackToSavepoint, _acquireLease, _renewLease, _releaseLease,
            _updateState, _insertState, _readState, _markProcessed, _insertTranscript, _upsertConversation,
        })
        {
            command.Dispose();
        }
    }

    private static int Execute(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql, params ReadOnlySpan<string> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }
}
