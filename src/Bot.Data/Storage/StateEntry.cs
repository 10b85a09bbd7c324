namespace Bot.Data.Storage;

/// <summary>One state document (conversation or user state) with its ETag for optimistic concurrency.</summary>
public sealed class StateEntry
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
