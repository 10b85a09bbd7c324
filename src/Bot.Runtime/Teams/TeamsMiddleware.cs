using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Teams;

/// <summary>
/// Teams turns (PROTOCOL.md §5): keeps the tenant and conversation type in turn state (<see cref="TeamsTurnContextExtensions"/>),
/// removes the bot's own @mention from the text, and in group chats and channels lets a message reach the bot only when it
/// @mentions the bot (or submits a card). A message that does not ends the turn here; it is still recorded like any turn.
/// Other channels pass through untouched.
/// </summary>
public sealed class TeamsMiddleware(ILogger<TeamsMiddleware> log) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!string.Equals(activity.ChannelId, Bot.Protocol.Schema.Channels.MsTeams, StringComparison.OrdinalIgnoreCase))
        {
            await next(cancellationToken);
            return;
        }

        var teamsTurn = new TeamsTurn(TenantOf(activity), ConversationTypeOf(activity), TeamsMentions.MentionsRecipient(activity));
        turnContext.SetTeamsTurn(teamsTurn);
        if (activity.Type == ActivityTypes.Message)
        {
            if (teamsTurn.IsShared && !teamsTurn.BotMentioned && activity.Value is null)
            {
                TeamsLog.NotMentioned(log, activity.Id, teamsTurn.ConversationType, activity.Conversation?.Id);
                return;
            }
            if (teamsTurn.BotMentioned)
            {
                activity.Text = TeamsMentions.RemoveRecipientMention(activity);
            }
        }
        await next(cancellationToken);
    }

    private static string? TenantOf(Activity activity)
    {
        try
        {
            if (TeamsChannelData.From(activity)?.Tenant?.Id is { Length: > 0 } tenant)
            {
                return tenant;
            }
        }
        catch (JsonException)
        {
            // channelData of an unexpected shape: the conversation's tenant is the same fact.
        }
        return activity.Conversation?.TenantId;
    }

    // Teams always sends the type; an activity without it is treated by isGroup, so a group is never answered unasked.
    private static string ConversationTypeOf(Activity activity) =>
        activity.Conversation?.ConversationType is { Length: > 0 } type ? type
        : activity.Conversation?.IsGroup == true ? TeamsConversationTypes.GroupChat
        : TeamsConversationTypes.Personal;
}
