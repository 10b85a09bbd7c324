using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Teams;

/// <summary>
/// Teams turns (PROTOCOL.md §5): keeps the tenant and conversation type in turn state (<see cref="TeamsTurnContextExtensions"/>),
/// removes the bot's own @mention from the text, and in group chats and channels lets a message reach the bot only when it
/// @mentions the bot (or submits a card). A message that does not ends the turn here and is not kept in the transcript.
/// In group chats and channels every outgoing button is made to come back without a mention (<see cref="TeamsButtons"/>).
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

        var teamsTurn = new TeamsTurn(TenantOf(activity), TeamsConversationTypes.Of(activity), TeamsMentions.MentionsRecipient(activity));
        turnContext.SetTeamsTurn(teamsTurn);
        if (teamsTurn.IsShared)
        {
            turnContext.OnSendActivities(AdaptButtonsAsync);
        }
        if (activity.Type == ActivityTypes.Message)
        {
            if (teamsTurn.IsShared && !teamsTurn.BotMentioned && activity.Value is null)
            {
                TeamsLog.NotMentioned(log, activity.Id, teamsTurn.ConversationType, activity.Conversation?.Id);
                // People talking among themselves (delivered when the app may read the channel): not ours to keep.
                turnContext.NotForBot = true;
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

    // The safety net behind ChoiceFactory: whatever still has suggested actions or imBack buttons is adapted on its way out.
    private static Task<IReadOnlyList<ResourceResponse>> AdaptButtonsAsync(
        TurnContext turnContext, List<Activity> activities, Func<Task<IReadOnlyList<ResourceResponse>>> next, CancellationToken cancellationToken)
    {
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            TeamsButtons.AdaptForSharedScope(activity);
        }
        return next();
    }
}
