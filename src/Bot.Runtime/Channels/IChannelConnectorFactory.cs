using Bot.Protocol.Schema;

namespace Bot.Runtime.Channels;

/// <summary>Chooses the connector that reaches a stored conversation, for proactive messages.</summary>
public interface IChannelConnectorFactory
{
    IChannelConnector Create(ConversationReference reference);
}
