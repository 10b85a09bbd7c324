using System.Threading.Channels;

namespace Bot.Host.DirectLine;

/// <summary>One listener of <see cref="IDirectLineBroadcaster"/>; dispose to stop listening.</summary>
public interface IDirectLineSubscription : IDisposable
{
    ChannelReader<DirectLineEntry> Reader { get; }
}
