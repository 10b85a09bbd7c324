using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Testing;

// Every conversation reference leads to the test conversation's in-memory channel.
internal sealed class TestChannelConnectorFactory(Func<TestChannelConnector> connector) : IChannelConnectorFactory
{
    public IChannelConnector Create(ConversationReference reference) => connector();
}
