using Bot.Protocol.Schema;
using Bot.Runtime.Storage;

namespace Bot.Runtime.State;

/// <summary>State shared by everyone in a conversation: key <c>{channelId}/conversations/{conversation.id}</c>.</summary>
public sealed class ConversationState() : BotState(nameof(ConversationState))
{
    /// <summary>The property that holds the dialog stack; the turn-error handler clears it.</summary>
    public const string DialogStateProperty = "DialogState";

    public override string? GetStorageKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId is { Length: > 0 } channel && activity.Conversation?.Id is { Length: > 0 } conversation
            ? StorageKeys.Conversation(channel, conversation)
            : null;
    }
}
