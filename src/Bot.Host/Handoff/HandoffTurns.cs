using System.Collections.Concurrent;
using Bot.Domain.Conversations;
using Bot.Runtime.Turns;

namespace Bot.Host.Handoff;

/// <summary>
/// The turn each conversation is running now (one at most: the conversation lease). A dialog asks for a person inside
/// its turn, which holds the lease: anything sent to that customer then must go through that turn, because a proactive
/// turn would wait for the lease the caller holds.
/// </summary>
internal sealed class HandoffTurns
{
    private readonly ConcurrentDictionary<ConversationAddress, TurnContext> _running = new();

    public static ConversationAddress? AddressOf(TurnContext turn) =>
        turn.Activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } id } ? new ConversationAddress(channel, id) : null;

    public async Task RunAsync(ConversationAddress address, TurnContext turn, Func<Task> body)
    {
        _running[address] = turn;
        try
        {
            await body();
        }
        finally
        {
            _running.TryRemove(KeyValuePair.Create(address, turn));
        }
    }

    public TurnContext? Running(ConversationAddress address) => _running.GetValueOrDefault(address);
}
