using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;

namespace Bot.Runtime.Dialogs.Interruptions;

// What each interruption does, and the side stack (cancel confirmation, digressions) begun on top of the step.
public partial class InterruptibleDialog
{
    private async Task<DialogTurnResult> CancelAsync(DialogContext innerDc, InterruptionState state, CancellationToken cancellationToken)
    {
        var (_, scopeDc) = InterruptionScope.Outermost(this, innerDc);
        if (!HasCollectedData(scopeDc))
        {
            return await CancelScopeAsync(innerDc, cancellationToken);
        }
        var locale = innerDc.Locale;
        var options = new PromptOptions
        {
            Prompt = Message(Strings.Get("CancelConfirm", locale)),
            RetryPrompt = Message(Strings.Get("CancelConfirmRetry", locale)),
        };
        return await BeginSideAsync(innerDc, state, InterruptionState.PendingCancel, ConfirmCancelId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> CancelScopeAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var (_, scopeDc) = InterruptionScope.Outermost(this, innerDc);
        innerDc.Context.TurnState[ScopeResetKey] = true;
        await scopeDc.CancelAllDialogsAsync(cancellationToken);
        await innerDc.Context.SendActivityAsync(Strings.Get("Cancelled", innerDc.Locale), cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    private async Task<DialogTurnResult> StartOverAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var (owner, scopeDc) = InterruptionScope.Outermost(this, innerDc);
        innerDc.Context.TurnState[ScopeResetKey] = true;
        var options = InterruptionState.Of(scopeDc.Parent!.ActiveDialog!).Options?.DeepClone();
        await scopeDc.CancelAllDialogsAsync(cancellationToken);
        await innerDc.Context.SendActivityAsync(Strings.Get("StartingOver", innerDc.Locale), cancellationToken);
        var initial = owner.InitialDialogId ?? throw new InvalidOperationException($"Component '{owner.Id}' has no dialogs.");
        var result = await scopeDc.BeginDialogAsync(initial, options, cancellationToken);
        // An outer owner's frame is still on the call stack and would end whatever it now holds on a non-waiting result.
        return ReferenceEquals(owner, this) ? result : EndOfTurn;
    }

    private async Task HelpAsync(DialogContext questionDc, CancellationToken cancellationToken)
    {
        await questionDc.Context.SendActivityAsync(GetHelpText(questionDc), cancellationToken);
        await questionDc.RepromptDialogAsync(cancellationToken);
    }

    private static async Task HandoffAsync(DialogContext questionDc, CancellationToken cancellationToken)
    {
        var request = new HandoffRequest(questionDc.Locale, ActiveStepId(questionDc));
        if (await questionDc.EmitEventAsync(InterruptionEvents.HandoffRequested, request, bubble: true, fromLeaf: true, cancellationToken))
        {
            return;
        }
        // Until the handoff work lands nobody takes the event: say so, and carry on with the question.
        await questionDc.Context.SendActivityAsync(Strings.Get("HandoffUnavailable", questionDc.Locale), cancellationToken);
        await questionDc.RepromptDialogAsync(cancellationToken);
    }

    private async Task SwitchLanguageAsync(DialogContext innerDc, DialogContext questionDc, string locale, CancellationToken cancellationToken)
    {
        var previous = questionDc.Locale;
        await questionDc.Context.SetUserLocaleAsync(locale, cancellationToken);
        await questionDc.Context.SendActivityAsync(Strings.Get("LanguageSwitched", questionDc.Locale), cancellationToken);
        // The interrupted question too, when a digression is on top: it is asked again when the digression ends.
        PromptTranslation.Translate(InterruptionScope.Leaf(innerDc), _promptTexts, previous, questionDc.Locale);
        if (!ReferenceEquals(questionDc, innerDc))
        {
            PromptTranslation.Translate(InterruptionScope.Leaf(questionDc), _promptTexts, previous, questionDc.Locale);
        }
        await questionDc.RepromptDialogAsync(cancellationToken);
    }

    private async Task<DialogTurnResult> BeginSideAsync(
        DialogContext innerDc, InterruptionState state, string pending, string dialogId, object? options, CancellationToken cancellationToken)
    {
        state.Pending = pending;
        var result = await SideContext(innerDc, state).BeginDialogAsync(dialogId, options, cancellationToken);
        return await AfterSideTurnAsync(innerDc, state, result, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterSideTurnAsync(
        DialogContext innerDc, InterruptionState state, DialogTurnResult result, CancellationToken cancellationToken)
    {
        var pending = state.Pending;
        if (innerDc.Context.TurnState.ContainsKey(ScopeResetKey))
        {
            state.Side.DialogStack.Clear();
        }
        state.Save();
        if (innerDc.Context.TurnState.ContainsKey(ScopeResetKey) || result.Status == DialogTurnStatus.Waiting)
        {
            return innerDc.ActiveDialog is null ? new DialogTurnResult(DialogTurnStatus.Cancelled) : EndOfTurn;
        }
        if (pending == InterruptionState.PendingCancel)
        {
            if (result.Result is true)
            {
                return await CancelScopeAsync(innerDc, cancellationToken);
            }
            await innerDc.Context.SendActivityAsync(Strings.Get("CancelDeclined", innerDc.Locale), cancellationToken);
        }
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    private static void ClearSide(InterruptionState state)
    {
        state.Side.DialogStack.Clear();
        state.Save();
    }

    private DialogContext SideContext(DialogContext innerDc, InterruptionState state) =>
        new(_side, innerDc.Context, state.Side, innerDc);

    private static Activity Message(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain, InputHint = InputHints.ExpectingInput };
}
