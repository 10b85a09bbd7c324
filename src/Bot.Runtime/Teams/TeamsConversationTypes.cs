using Bot.Protocol.Schema;

namespace Bot.Runtime.Teams;

/// <summary>The values of <c>conversation.conversationType</c> on Teams (PROTOCOL.md §5.1).</summary>
public static class TeamsConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    /// <summary>
    /// The conversation type of a Teams activity. Teams always sends it; an activity without it is typed by
    /// <c>isGroup</c>, so a group is never taken for a personal chat.
    /// </summary>
    public static string Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType is { Length: > 0 } type ? type
            : activity.Conversation?.IsGroup == true ? GroupChat
            : Personal;
    }

    /// <summary>True for a Teams group chat or channel, where suggested actions are not shown and @mentions are needed.</summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.ChannelId, Bot.Protocol.Schema.Channels.MsTeams, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Of(activity), Personal, StringComparison.OrdinalIgnoreCase);
    }
}
