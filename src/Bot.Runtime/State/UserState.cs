using Bot.Protocol.Schema;
using Bot.Runtime.Storage;

namespace Bot.Runtime.State;

/// <summary>State of one user across their conversations on a channel: key <c>{channelId}/users/{from.id}</c>.</summary>
public sealed class UserState() : BotState(nameof(UserState))
{
    public override string? GetStorageKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId is { Length: > 0 } channel && activity.From?.Id is { Length: > 0 } user
            ? StorageKeys.User(channel, user)
            : null;
    }
}
