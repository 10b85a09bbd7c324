namespace Bot.Data.Handoff;

/// <summary>A callback case row: reference CB-YYYYMMDD-NNNN from <see cref="Day"/> (yyyyMMdd) and <see cref="Serial"/>.</summary>
public sealed class CallbackCaseEntity
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public int Day { get; set; }
    public int Serial { get; set; }
    public required string ConversationChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string Language { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Reason { get; set; }
    public bool Done { get; set; }
    public string? EscalationId { get; set; }
}
