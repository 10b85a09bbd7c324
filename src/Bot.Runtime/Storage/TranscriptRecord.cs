namespace Bot.Runtime.Storage;

/// <summary>One activity for the transcript; <see cref="Direction"/> is <c>in</c> or <c>out</c>.</summary>
public sealed record TranscriptRecord(
    string ChannelId,
    string ConversationId,
    string? ActivityId,
    string Direction,
    string Type,
    string? FromId,
    string? FromRole,
    DateTimeOffset Timestamp,
    string Json)
{
    public const string Inbound = "in";
    public const string Outbound = "out";
}
