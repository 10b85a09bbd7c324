namespace Bot.Protocol.Schema;

public sealed record TextHighlight
{
    public string? Text { get; set; }
    public int? Occurrence { get; set; }
}
