using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;

namespace Bot.Host.Handoff;

/// <summary>
/// The turn gate (ARCHITECTURE.md §4 step 4): while a conversation is queued for, or owned by, a person, the customer's
/// messages and typing go to the agent desks and the bot is not asked; <c>handoff.status</c> events of an external
/// contact centre are handled here. Everything else goes on to the bot.
/// </summary>
internal sealed class HandoffMiddleware(
    IEscalationStore escalations, HandoffService handoff, HandoffTurns turns, ILogger<HandoffMiddleware> log) : Bot.Runtime.Turns.IMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (HandoffTurns.AddressOf(turnContext) is not { } address)
        {
            await next(cancellationToken);
            return;
        }
        await turns.RunAsync(address, turnContext, () => GateAsync(turnContext, address, next, cancellationToken));
    }

    private async Task GateAsync(TurnContext turn, ConversationAddress address, NextDelegate next, CancellationToken ct)
    {
        var activity = turn.Activity;
        // On our own Direct Line the client is the customer, who must not be able to end or accept a handoff.
        if (activity is { Type: ActivityTypes.Event, Name: HandoffEvents.Status } && address.ChannelId != Channels.DirectLine)
        {
            try
            {
                await handoff.OnExternalStatusAsync(turn, address, next, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The hub must get its 200: a status the store cannot take is logged, not thrown back.
                HandoffLog.StatusFailed(log, ex, address);
            }
            return;
        }
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Typing or ActivityTypes.ConversationUpdate
            && await escalations.OwnerOfAsync(address, ct) is OwnerState.Queued or OwnerState.Agent)
        {
            await handoff.OnCustomerTurnAsync(turn, address, ct);
            return;
        }
        await next(ct);
    }
}
