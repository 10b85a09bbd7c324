namespace Bot.Data.Storage;

/// <summary>Marks an inbound activity (channel, conversation, id) as processed, so a retried delivery runs once.</summary>
public sealed class ProcessedActivity
{
    public required string Key { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
