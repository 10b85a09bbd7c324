namespace Bot.Data.Conversations;

/// <summary>A conversation the bot has taken part in, with the reference that reaches it again (proactive messages).</summary>
public sealed class ConversationRecord
{
    public required string Key { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ReferenceJson { get; set; }

    /// <summary>True when the service URL came from an authenticated request or from this host's own channel.</summary>
    public bool ServiceUrlVerified { get; set; }

    public string? Locale { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
}
