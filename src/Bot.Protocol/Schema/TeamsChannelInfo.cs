namespace Bot.Protocol.Schema;

public sealed record TeamsChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
}
