using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Host.Messaging;

/// <summary>
/// Sends a turn's replies back through the Bot Connector REST API at the inbound activity's <c>serviceUrl</c>
/// (PROTOCOL.md §3.3): an activity with <c>replyToId</c> goes to ReplyToActivity, anything else to SendToConversation.
/// </summary>
internal sealed class ConnectorChannelConnector(ConnectorClient client, string serviceUrl) : IChannelConnector
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = ConversationIdOf(activity);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? client.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : client.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var activityId = activity.Id ?? throw new ArgumentException("An update needs the id of the activity it replaces.", nameof(activity));
        return client.UpdateActivityAsync(serviceUrl, ConversationIdOf(activity), activityId, activity, cancellationToken);
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id
            ?? throw new ArgumentException("The reference has no conversation id.", nameof(reference));
        return client.DeleteActivityAsync(reference.ServiceUrl ?? serviceUrl, conversationId, activityId, cancellationToken);
    }

    private static string ConversationIdOf(Activity activity) =>
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
}
