using System.Security.Cryptography;
using Bot.Runtime.Resources;
using Bot.Runtime.State;
using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Turns;

/// <summary>
/// The one place a failed turn ends: logged with structure under a short reference id, the customer gets a fixed
/// friendly message with that id (never exception text), and the broken dialog stack is cleared.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> log)
{
    private const string ReferenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task HandleAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var referenceId = new string(RandomNumberGenerator.GetItems<char>(ReferenceAlphabet, 6));
        RuntimeLog.TurnFailed(log, exception, referenceId, activity.Type, activity.ChannelId, activity.Conversation?.Id);

        if (conversationState.IsLoaded(turnContext))
        {
            await conversationState.DeleteAsync(turnContext, ConversationState.DialogStateProperty, cancellationToken);
        }

        try
        {
            await turnContext.SendActivityAsync(RuntimeStrings.TurnError(activity.Locale, referenceId), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            RuntimeLog.ApologyFailed(log, ex, referenceId);
        }
    }
}
