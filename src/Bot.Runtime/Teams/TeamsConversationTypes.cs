namespace Bot.Runtime.Teams;

/// <summary>The values of <c>conversation.conversationType</c> on Teams (PROTOCOL.md §5.1).</summary>
public static class TeamsConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
