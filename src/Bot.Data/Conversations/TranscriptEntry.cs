namespace Bot.Data.Conversations;

/// <summary>One activity of a conversation, in either direction, as it was sent or received.</summary>
public sealed class TranscriptEntry
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public required string Direction { get; set; }
    public required string Type { get; set; }
    public string? FromId { get; set; }
    public string? FromRole { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public required string Json { get; set; }
}
