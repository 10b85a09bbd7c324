using System.Text.Json.Nodes;
using Bot.Dialogs.Surveys;
using Bot.Domain.Handoff;
using Bot.Domain.Surveys;
using Bot.Runtime.Dialogs;
using Bot.Runtime.State;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

// The proactive turn after an agent (or the contact centre) gave the conversation back: the host has already said so;
// the bot drops what waited during the handoff and offers the survey about the agent's help, then the menu.
internal sealed class HandBackTurn(CustomerServiceDialog root, ConversationState conversationState)
{
    public static bool Is(TurnContext turn) =>
        turn.Activity is { Type: Protocol.Schema.ActivityTypes.Event, Name: HandoffEvents.HandedBack };

    public async Task RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value as JsonObject;
        var agentId = value?[HandoffEvents.AgentIdProperty]?.GetValue<string>();
        var external = agentId == HandoffEvents.ExternalAgentId;
        var state = await conversationState.GetAsync(turn, ConversationState.DialogStateProperty, () => new DialogState(), cancellationToken);
        var dialogs = new DialogSet().Add(root);
        var dc = new DialogContext(dialogs, turn, state);
        await dc.CancelAllDialogsAsync(cancellationToken);
        var survey = new SurveyRequest(SurveyTrigger.AfterAgentHandback, SurveyHandler.Agent, external ? null : agentId);
        await dc.BeginDialogAsync(root.Id, new MenuRequest(Again: true, Survey: survey), cancellationToken);
        state.Version = dialogs.GetVersion();
    }
}
