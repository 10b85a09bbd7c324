namespace Bot.Runtime.Storage;

/// <summary>What a turn reads before it runs: whether its activity was already processed, and its state documents.</summary>
public sealed record TurnSnapshot(bool AlreadyProcessed, IReadOnlyList<StoredState> States);
