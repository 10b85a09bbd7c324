using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Bot.Host.TeamsAgents;

/// <summary>The bounded queue between the handoff (which must not wait for Teams) and the one worker that posts in order.</summary>
internal sealed class TeamsAgentsQueue(IOptions<TeamsAgentsOptions> options, ILogger<TeamsAgentsQueue> log)
{
    private readonly Channel<TeamsAgentsWork> _channel = Channel.CreateBounded<TeamsAgentsWork>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<TeamsAgentsWork> Reader => _channel.Reader;

    public void Add(TeamsAgentsWork work)
    {
        if (!_channel.Writer.TryWrite(work))
        {
            TeamsAgentsLog.QueueFull(log, work.Kind.ToString(), work.EscalationId);
        }
    }
}
