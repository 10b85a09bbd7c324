using Bot.Protocol.Schema;

namespace Bot.Runtime.Storage;

/// <summary>The conversation references kept from earlier turns, for proactive messages.</summary>
public interface IConversationReferenceStore
{
    Task<ConversationReference?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
