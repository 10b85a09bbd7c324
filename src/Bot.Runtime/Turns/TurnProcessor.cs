using Bot.Protocol.Schema;
using Bot.Runtime.Channels;

namespace Bot.Runtime.Turns;

/// <summary>
/// Runs one inbound activity as a turn: dedupe, the conversation lease, state, middleware, the bot, transcript,
/// save. Channel endpoints resolve it from DI and pass the connector their replies should leave through.
/// </summary>
public sealed class TurnProcessor
{
    // Placeholder signature; the runtime work replaces the body and adds constructor dependencies.
    public Task<TurnResult> ProcessAsync(Activity activity, IChannelConnector connector, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
