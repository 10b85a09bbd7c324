namespace Bot.Protocol.Schema;

public sealed record SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}
