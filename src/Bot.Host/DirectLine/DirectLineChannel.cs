using Bot.Host.Hosting;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Microsoft.Extensions.Options;

namespace Bot.Host.DirectLine;

/// <summary>
/// The host's Direct Line channel: appends activities to a conversation's log (the stream the client reads) and
/// pushes them to its sockets. <see cref="CreateConnector"/> is how the bot's replies and proactive messages reach it.
/// </summary>
public sealed class DirectLineChannel
{
    private readonly DirectLineStore store;
    private readonly IDirectLineBroadcaster broadcaster;
    private readonly BotOptions bot;
    private readonly TimeProvider time;

    internal DirectLineChannel(DirectLineStore store, IDirectLineBroadcaster broadcaster, IOptions<BotOptions> bot, TimeProvider time)
    {
        this.store = store;
        this.broadcaster = broadcaster;
        this.bot = bot.Value;
        this.time = time;
    }

    /// <summary>The connector that delivers the bot's activities into Direct Line conversation <paramref name="conversationId"/>.</summary>
    public IChannelConnector CreateConnector(string conversationId) => new DirectLineChannelConnector(this, conversationId);

    internal ChannelAccount BotAccount => new(bot.Id, bot.Name, RoleTypes.Bot);

    /// <summary>Records a client's activity (already addressed and from-stamped) and echoes it; typing is only pushed.</summary>
    internal async Task<string> AcceptFromClientAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        if (activity.Type == ActivityTypes.Typing)
        {
            activity.Id = DirectLineIds.TransientActivityId(conversationId);
            activity.Timestamp = time.GetUtcNow();
            await broadcaster.PublishAsync(conversationId, new DirectLineEntry(null, ProtocolJson.Serialize(activity)), ct);
            return activity.Id;
        }
        var entry = await store.AppendAsync(conversationId, activity, DirectLineAppendMode.New, ct);
        await broadcaster.PublishAsync(conversationId, entry, ct);
        return activity.Id!;
    }

    internal async Task<ResourceResponse> SendFromBotAsync(string conversationId, Activity activity, DirectLineAppendMode mode, CancellationToken ct)
    {
        activity.From = BotAccount;
        activity.ChannelId = Channels.DirectLine;
        if (activity.Conversation?.Id != conversationId)
        {
            activity.Conversation = new ConversationAccount(conversationId);
        }
        if (activity.Type == ActivityTypes.Typing)
        {
            activity.Id ??= DirectLineIds.TransientActivityId(conversationId);
            activity.Timestamp = time.GetUtcNow();
            await broadcaster.PublishAsync(conversationId, new DirectLineEntry(null, ProtocolJson.Serialize(activity)), ct);
            return new ResourceResponse(activity.Id);
        }
        var entry = await store.AppendAsync(conversationId, activity, mode, ct);
        await broadcaster.PublishAsync(conversationId, entry, ct);
        return new ResourceResponse(activity.Id);
    }

    // Deleting blanks every stored copy (so history no longer carries the text) and pushes the blank copy to live
    // sockets, where Web Chat replaces the message by id. Pollers that already fetched it keep it until reload.
    internal async Task DeleteAsync(string conversationId, string activityId, CancellationToken ct)
    {
        var tombstone = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "",
            From = BotAccount,
            ChannelId = Channels.DirectLine,
            Conversation = new ConversationAccount(conversationId),
        };
        var entry = await store.TombstoneAsync(conversationId, activityId, tombstone, ct);
        if (entry is not null)
        {
            await broadcaster.PublishAsync(conversationId, entry, ct);
        }
    }
}
