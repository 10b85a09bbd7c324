namespace Bot.Data.DirectLine;

/// <summary>One activity of a Direct Line conversation's stream, numbered for watermarks.</summary>
public sealed class DirectLineActivity
{
    public required string ConversationId { get; set; }
    public long Sequence { get; set; }
    public required string ActivityId { get; set; }
    public required string Type { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
