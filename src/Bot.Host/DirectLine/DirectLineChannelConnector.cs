using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Host.DirectLine;

/// <summary>The bot's replies for one Direct Line conversation: appended to its log and pushed to its socket.</summary>
internal sealed class DirectLineChannelConnector(DirectLineChannel channel, string conversationId) : IChannelConnector
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        channel.SendFromBotAsync(conversationId, activity, DirectLineAppendMode.New, cancellationToken);

    // Web Chat replaces an activity when one with the same id arrives, so an update is a new log entry with that id.
    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        channel.SendFromBotAsync(conversationId, activity, DirectLineAppendMode.Replace, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        channel.DeleteAsync(reference.Conversation?.Id ?? conversationId, activityId, cancellationToken);
}
