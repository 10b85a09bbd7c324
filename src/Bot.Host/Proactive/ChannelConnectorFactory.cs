using Bot.Host.DirectLine;
using Bot.Host.Messaging;
using Bot.Protocol.Connector;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Host.Proactive;

/// <summary>
/// Reaches a stored conversation for a proactive message: our own Direct Line conversations through the Direct Line
/// log and sockets, everything else through the Bot Connector REST API at the conversation's service URL.
/// </summary>
internal sealed class ChannelConnectorFactory(DirectLineChannel directLine, IServiceProvider services) : IChannelConnectorFactory
{
    public IChannelConnector Create(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id
            ?? throw new ArgumentException("The reference has no conversation id.", nameof(reference));
        if (reference.ChannelId == Channels.DirectLine)
        {
            return directLine.CreateConnector(conversationId);
        }
        var serviceUrl = reference.ServiceUrl
            ?? throw new ArgumentException("The reference has no service URL to send to.", nameof(reference));

        // ConnectorClient is a typed HttpClient: resolve it per use so handler rotation keeps working.
        return new ConnectorChannelConnector(services.GetRequiredService<ConnectorClient>(), serviceUrl);
    }
}
