namespace Bot.Protocol.Schema;

/// <summary>Addressing rules of PROTOCOL.md §1.4 and §2.5.</summary>
public static class ActivityExtensions
{
    /// <summary>The reference to keep for replying later. Direct Line / Web Chat conversationUpdates have no activity id to reply to.</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        var noReplyTarget = activity.Type == ActivityTypes.ConversationUpdate
            && (activity.ChannelId == Channels.DirectLine || activity.ChannelId == Channels.WebChat);
        return new ConversationReference
        {
            ActivityId = noReplyTarget ? null : activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    /// <summary>Addresses an outgoing activity to a conversation; a reply when <paramref name="isReply"/> and the reference has an activity id.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference, bool isReply = true)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From ??= reference.Bot;
        activity.Recipient ??= reference.User;
        activity.Locale ??= reference.Locale;
        if (isReply && activity.ReplyToId is null)
        {
            activity.ReplyToId = reference.ActivityId;
        }
        return activity;
    }

    /// <summary>A message from the bot to the sender of <paramref name="activity"/>.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null) =>
        new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = text is null ? null : TextFormats.Plain,
        }.ApplyConversationReference(activity.GetConversationReference());

    public static bool IsMessage(this Activity activity) => activity.Type == ActivityTypes.Message;

    public static IEnumerable<Mention> GetMentions(this Activity activity) =>
        activity.Entities?.Select(Mention.From).OfType<Mention>() ?? [];
}
