namespace Bot.Data.DirectLine;

/// <summary>A conversation of the host's own Direct Line channel.</summary>
public sealed class DirectLineConversation
{
    public required string Id { get; set; }
    public string? UserId { get; set; }
    public string? Locale { get; set; }

    /// <summary>The sequence number of the last activity appended; the watermark is this number as a string.</summary>
    public long LastSequence { get; set; }

    /// <summary>True once the bot has been told the conversation started (conversationUpdate).</summary>
    public bool Started { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
