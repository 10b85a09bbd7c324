namespace Bot.Domain.Conversations;

/// <summary>Where a customer can be reached again: the channel and the conversation on it (for proactive messages).</summary>
public sealed record ConversationAddress(string ChannelId, string ConversationId)
{
    public override string ToString() => $"{ChannelId}/{ConversationId}";
}
