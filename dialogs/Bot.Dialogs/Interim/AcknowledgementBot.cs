using Bot.Protocol.Schema;
using Bot.Runtime.State;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Dialogs.Interim;

/// <summary>
/// Stands in until the real dialogs land: welcomes a new conversation once and acknowledges each message with a
/// per-conversation counter kept in conversation state.
/// </summary>
public sealed class AcknowledgementBot(ConversationState conversationState, IOptions<InterimBotOptions> options) : IBot
{
    private const string WelcomedProperty = "Welcomed";
    private const string MessageCountProperty = "MessageCount";

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await AcknowledgeAsync(turnContext, cancellationToken);
        }
    }

    private async Task WelcomeAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var someoneJoined = activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) ?? false;
        if (!someoneJoined || await conversationState.GetAsync(turnContext, WelcomedProperty, () => false, cancellationToken))
        {
            return;
        }
        await conversationState.SetAsync(turnContext, WelcomedProperty, true, cancellationToken);
        await turnContext.SendActivityAsync(InterimStrings.Welcome(activity.Locale, options.Value.Name), cancellationToken);
    }

    private async Task AcknowledgeAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var count = await conversationState.GetAsync(turnContext, MessageCountProperty, () => 0, cancellationToken) + 1;
        await conversationState.SetAsync(turnContext, MessageCountProperty, count, cancellationToken);
        var activity = turnContext.Activity;
        await turnContext.SendActivityAsync(InterimStrings.Acknowledgement(activity.Locale, activity.Text ?? "", count), cancellationToken);
    }
}
