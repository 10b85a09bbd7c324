namespace Bot.Runtime.Storage;

/// <summary>A state write that lost the ETag race, with what the store holds now (null: the document does not exist).</summary>
public sealed record StateConflict(string Key, StoredState? Current);
