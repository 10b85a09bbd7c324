namespace Bot.Data.DirectLine;

/// <summary>A file a Web Chat user uploaded, served back to the bot and the page by id.</summary>
public sealed class DirectLineAttachment
{
    public required string Id { get; set; }
    public required string ConversationId { get; set; }
    public required string ContentType { get; set; }
    public required string Name { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
