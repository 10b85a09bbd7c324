using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Bot.Runtime.Storage;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Proactive;

/// <summary>
/// Sends to a conversation outside of an inbound turn (notifications, agent replies): runs a turn on a synthetic
/// <c>event</c> activity named <c>ContinueConversation</c> with the conversation's lease, state and transcript.
/// </summary>
public sealed class ProactiveMessenger(
    IConversationReferenceStore references, IChannelConnectorFactory connectors, TurnProcessor processor)
{
    public const string ContinueConversationEventName = "ContinueConversation";

    /// <exception cref="InvalidOperationException">No reference is stored for the conversation.</exception>
    public async Task ContinueConversationAsync(
        string channelId, string conversationId, Func<TurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var reference = await references.GetAsync(channelId, conversationId, cancellationToken)
            ?? throw new InvalidOperationException($"No conversation reference is stored for {channelId}/{conversationId}.");
        await ContinueConversationAsync(reference, callback, cancellationToken);
    }

    public Task ContinueConversationAsync(
        ConversationReference reference, Func<TurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = ContinueConversationEventName,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        return processor.ContinueAsync(activity, connectors.Create(reference), callback, cancellationToken);
    }
}
