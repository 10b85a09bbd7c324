using System.Text.Json;
using Bot.Runtime.Resources;
using Bot.Runtime.State;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Runtime.Dialogs;

/// <summary>
/// Runs a root dialog for one turn: loads the stack from conversation state property "DialogState", restarts politely
/// when the stored stack no longer fits the definitions (another version, an unknown dialog, a step that no longer
/// exists, unreadable JSON), continues the active dialog or begins the root, and leaves the stack in state to be saved.
/// An exception is first offered to the dialogs as an "error" event from the leaf; unhandled, it goes to the turn-error
/// handler, which clears the stack.
/// </summary>
public sealed class DialogRunner(ConversationState conversationState, ILogger<DialogRunner> log)
{
    public async Task<DialogTurnResult> RunAsync(Dialog rootDialog, TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rootDialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        var dialogs = new DialogSet().Add(rootDialog);
        var version = dialogs.GetVersion();
        var state = await LoadAsync(turnContext, dialogs, version, cancellationToken);
        var dc = new DialogContext(dialogs, turnContext, state);
        try
        {
            var result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync(rootDialog.Id, null, cancellationToken);
            }
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!await dc.EmitEventAsync(DialogEvents.Error, ex, bubble: true, fromLeaf: true, cancellationToken))
            {
                throw;
            }
            return Dialog.EndOfTurn;
        }
    }

    private async Task<DialogState> LoadAsync(TurnContext turnContext, DialogSet dialogs, string version, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation?.Id;
        DialogState state;
        var fits = true;
        try
        {
            state = await conversationState.GetAsync(turnContext, ConversationState.DialogStateProperty, () => new DialogState(), cancellationToken);
            state.DialogStack ??= [];
            if (state.DialogStack.Count > 0 && state.Version != version)
            {
                DialogsLog.VersionChanged(log, conversationId, state.Version, version);
                fits = false;
            }
            else if (!DialogStackCheck.CanContinue([dialogs], state))
            {
                DialogsLog.StackDoesNotFit(log, conversationId);
                fits = false;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            DialogsLog.StateUnreadable(log, ex, conversationId);
            await conversationState.DeleteAsync(turnContext, ConversationState.DialogStateProperty, cancellationToken);
            state = await conversationState.GetAsync(turnContext, ConversationState.DialogStateProperty, () => new DialogState(), cancellationToken);
            fits = false;
        }
        if (!fits)
        {
            state.DialogStack = [];
            await turnContext.SendActivityAsync(DialogStrings.ConversationRestarted(DialogLocale.Of(turnContext)), cancellationToken);
        }
        state.Version = version;
        return state;
    }
}
