using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// Takes every Teams activity of the agents' channel (its card actions and thread replies) out of the customer bot's
/// pipeline: handled here, never passed on. Registered before the Teams @mention gate, since thread replies to a card
/// rarely mention the bot.
/// </summary>
internal sealed class TeamsAgentsMiddleware(IOptionsMonitor<TeamsAgentsOptions> options, IServiceProvider services) : Bot.Runtime.Turns.IMiddleware
{
    private const string CardActionInvoke = "adaptiveCard/action";
    private const string MessageIdMarker = ";messageid=";

    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (options.CurrentValue.ChannelId is not { Length: > 0 } channelId || !IsAgentsChannel(activity, channelId.Trim()))
        {
            await next(cancellationToken);
            return;
        }
        // Resolved per turn: the actions use the handoff service, which the turn pipeline must not need to exist.
        var actions = services.GetRequiredService<TeamsAgentActions>();
        if (activity.Type == ActivityTypes.Invoke)
        {
            turnContext.InvokeResponse = activity.Name == CardActionInvoke
                ? new InvokeResponse(200, await actions.InvokeAsync(activity, cancellationToken))
                : new InvokeResponse(200);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await actions.MessageAsync(turnContext, cancellationToken);
        }
    }

    internal static bool IsAgentsChannel(Activity activity, string channelId)
    {
        if (!string.Equals(activity.ChannelId, Channels.MsTeams, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var conversationId = activity.Conversation?.Id ?? "";
        var marker = conversationId.IndexOf(MessageIdMarker, StringComparison.Ordinal);
        if (string.Equals(marker >= 0 ? conversationId[..marker] : conversationId, channelId, StringComparison.Ordinal))
        {
            return true;
        }
        try
        {
            return string.Equals(TeamsChannelData.From(activity)?.Channel?.Id, channelId, StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
