namespace Bot.Protocol.Schema;

public sealed record TeamsNotificationInfo
{
    public bool? Alert { get; set; }
    public bool? AlertInMeeting { get; set; }
    public string? ExternalResourceUrl { get; set; }
}
