using Bot.Host.AgentDesk;

namespace Bot.Host.Tests.AgentDesk;

public sealed class DeskConnectionsTests
{
    [Fact]
    public void Only_the_last_of_an_agents_connections_counts_as_leaving()
    {
        var connections = new DeskConnections();
        connections.Opened("amy");
        connections.Opened("amy");
        connections.Opened("ben");

        var first = connections.Closed("amy");
        var last = connections.Closed("amy");
        var again = connections.Closed("amy");

        Assert.False(first);
        Assert.True(last);
        Assert.False(again);
        Assert.True(connections.Closed("ben"));
    }
}
