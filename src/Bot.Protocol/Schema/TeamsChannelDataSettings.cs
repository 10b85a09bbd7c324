namespace Bot.Protocol.Schema;

public sealed record TeamsChannelDataSettings
{
    public TeamsChannelInfo? SelectedChannel { get; set; }
}
