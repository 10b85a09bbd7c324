namespace Bot.Protocol.Schema;

public sealed record CardImage
{
    public string? Url { get; set; }
    public string? Alt { get; set; }
    public CardAction? Tap { get; set; }
}
