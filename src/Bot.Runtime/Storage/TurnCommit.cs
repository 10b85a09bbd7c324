namespace Bot.Runtime.Storage;

/// <summary>Everything a turn writes, committed in one transaction (PROTOCOL.md §7.2; ARCHITECTURE.md §4 step 6).</summary>
public sealed record TurnCommit(
    IReadOnlyList<StateWrite> States,
    string? ProcessedActivityKey,
    IReadOnlyList<TranscriptRecord> Transcript,
    ConversationUpsert? Conversation,
    string LeaseKey,
    string LeaseOwner,
    DateTimeOffset Now);
