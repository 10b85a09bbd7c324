using System.Text.Json.Nodes;
using Bot.Protocol.Schema;
using Bot.Dialogs.Tracking;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Localization;
using Bot.Runtime.State;
using Bot.Runtime.Teams;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

/// <summary>
/// Runs <see cref="CustomerServiceDialog"/>: greets with the menu when someone joins, and shows the menu again when a
/// message ended the whole dialog (cancel), so the customer is never left without a question; after a goodbye
/// (<see cref="ConversationEnded"/>) it stays quiet until the customer writes again. After a handoff it takes a call-back
/// message when one was invited, and after a hand-back from a person it offers the survey.
/// </summary>
public sealed class CustomerServiceBot(
    CustomerServiceDialog dialog, DialogRunner runner, CustomerServiceServices services, ConversationState conversationState)
    : DialogBot<CustomerServiceDialog>(dialog, runner)
{
    private readonly HandBackTurn _handBack = new(dialog, conversationState);
    private readonly TrackingCardActions _cardActions = new(services);

    public override async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TrackingCardActions.Is(turnContext))
        {
            await _cardActions.AnswerAsync(turnContext, cancellationToken);
            return;
        }
        if (HandBackTurn.Is(turnContext))
        {
            await _handBack.RunAsync(turnContext, cancellationToken);
            return;
        }
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            return;
        }
        if (await CallbackMessage.TryTakeAsync(turnContext, services.Handoff, cancellationToken))
        {
            return;
        }
        var result = await Runner.RunAsync(Dialog, turnContext, cancellationToken);
        if (result.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled && result.Result is not ConversationEnded)
        {
            // Begins the dialog again: after what was said this turn, it asks "what else" with the menu.
            await Runner.RunAsync(Dialog, turnContext, cancellationToken);
        }
    }

    protected override async Task OnConversationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var added = activity.MembersAdded ?? [];
        if (activity.ChannelId != Channels.MsTeams)
        {
            if (added.Any(m => m.Id != botId))
            {
                await Runner.RunAsync(Dialog, turnContext, cancellationToken);
            }
            return;
        }
        // Teams greets once, when the bot itself is installed; people joining a team or chat later hear nothing.
        if (!added.Any(m => m.Id == botId))
        {
            return;
        }
        var addedToTeam = (activity.ChannelData as JsonObject)?["eventType"] is JsonValue eventType
            && eventType.TryGetValue<string>(out var name) && string.Equals(name, "teamMemberAdded", StringComparison.OrdinalIgnoreCase);
        if (!addedToTeam && turnContext.GetTeamsTurn()?.IsShared != true && activity.Conversation?.IsGroup != true)
        {
            await Runner.RunAsync(Dialog, turnContext, cancellationToken);
            return;
        }
        // In a team or group chat the full menu would be noise for everyone: a short note on how to @mention the bot.
        var botName = services.Options.Name;
        var mentionName = activity.Recipient?.Name is { Length: > 0 } shown ? shown : botName;
        var introduction = CustomerServiceText.Get("TeamsIntroduction", turnContext.GetLocale(), botName, mentionName);
        await turnContext.SendActivityAsync(CustomerServiceText.Message(introduction), cancellationToken);
    }
}
