using System.Collections.Concurrent;

namespace Bot.Host.AgentDesk;

/// <summary>Counts each agent's open desk connections in this host, so that closing the last one can set the agent offline.</summary>
internal sealed class DeskConnections
{
    private readonly ConcurrentDictionary<string, int> open = new(StringComparer.Ordinal);

    public void Opened(string agentId) => open.AddOrUpdate(agentId, 1, (_, count) => count + 1);

    /// <summary>True when this was the agent's last connection.</summary>
    public bool Closed(string agentId)
    {
        while (open.TryGetValue(agentId, out var count))
        {
            if (count <= 1)
            {
                if (open.TryRemove(new KeyValuePair<string, int>(agentId, count)))
                {
                    return true;
                }
            }
            else if (open.TryUpdate(agentId, count - 1, count))
            {
                return false;
            }
        }
        return false;
    }
}
