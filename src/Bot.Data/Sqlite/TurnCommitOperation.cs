using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Storage;

namespace Bot.Data.Sqlite;

/// <summary>
/// Everything one turn writes, plus its lease release. On an ETag conflict this operation's writes are rolled back
/// (the rest of the batch is not) and the result lists the conflicts with the stored documents.
/// </summary>
internal sealed class TurnCommitOperation : WriteOperation<IReadOnlyList<StateConflict>>
{
    private readonly TurnCommit _commit;
    private readonly long _now;
    private readonly long[] _timestamps;
    private readonly string? _referenceJson;

    // Serialization and conversions happen here, on the caller's thread, to keep the single writer loop short.
    public TurnCommitOperation(TurnCommit commit)
    {
        _commit = commit;
        _now = StoreTime.ToStore(commit.Now);
        _timestamps = new long[commit.Transcript.Count];
        for (var i = 0; i < _timestamps.Length; i++)
        {
            _timestamps[i] = StoreTime.ToStore(commit.Transcript[i].Timestamp);
        }
        _referenceJson = commit.Conversation is { } conversation
            ? JsonSerializer.Serialize(conversation.Reference, ProtocolJsonContext.Default.ConversationReference)
            : null;
    }

    protected override (IReadOnlyList<StateConflict> Result, bool Keep) Run(SqliteWriteCommands commands)
    {
        List<string>? conflicted = null;
        foreach (var write in _commit.States)
        {
            if (!commands.WriteState(write, _now))
            {
                (conflicted ??= []).Add(write.Key);
            }
        }
        if (conflicted is not null)
        {
            return (conflicted.ConvertAll(key => new StateConflict(key, commands.ReadState(key))), false);
        }
        if (_commit.ProcessedActivityKey is { } processedKey)
        {
            commands.MarkProcessed(processedKey, _now);
        }
        for (var i = 0; i < _timestamps.Length; i++)
        {
            commands.InsertTranscript(_commit.Transcript[i], _timestamps[i]);
        }
        if (_commit.Conversation is { } conversation)
        {
            commands.UpsertConversation(conversation, _referenceJson!, _now);
        }
        commands.ReleaseLease(_commit.LeaseKey, _commit.LeaseOwner);
        return ([], true);
    }
}
