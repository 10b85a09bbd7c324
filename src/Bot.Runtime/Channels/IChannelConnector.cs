using Bot.Protocol.Schema;

namespace Bot.Runtime.Channels;

/// <summary>
/// How the bot's activities leave for one channel: appended to the Direct Line stream, posted to a Connector
/// <c>serviceUrl</c>, or buffered for an <c>expectReplies</c> HTTP body. Activities arrive fully addressed
/// (conversation, from, recipient, replyToId); the connector stamps what the channel owns (id, timestamp).
/// </summary>
public interface IChannelConnector
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);
}
