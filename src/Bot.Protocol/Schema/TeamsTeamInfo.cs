namespace Bot.Protocol.Schema;

public sealed record TeamsTeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
}
