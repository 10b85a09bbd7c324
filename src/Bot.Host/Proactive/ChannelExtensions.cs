using Bot.Runtime.Channels;

namespace Bot.Host.Proactive;

internal static class ChannelExtensions
{
    /// <summary>How proactive messages find their way back to a conversation's channel.</summary>
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IChannelConnectorFactory, ChannelConnectorFactory>();
        return builder;
    }
}
