using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Interruptions;

/// <summary>
/// A component dialog whose steps can be interrupted: cancel, help, talk to a person, start over, switch language, and
/// digressions (dialogs begun on top of the current step that return to it). Input is checked before the active step,
/// at any depth: the innermost interruptible component handles it once per turn; cancel and start over act on the
/// outermost interruptible component around the step, as the user means the whole task.
/// </summary>
public partial class InterruptibleDialog : ComponentDialog
{
    internal const string HandledKey = "interruptions.handled";
    internal const string ScopeResetKey = "interruptions.scopeReset";
    private const string ConfirmCancelId = "interruptions.confirmCancel";

    private static readonly LocalizedText Strings =
        LocalizedText.For(typeof(InterruptibleDialog).Assembly, "Bot.Runtime.Resources.InterruptionStrings");

    private readonly DialogSet _side = new();
    private readonly List<(string DialogId, Func<TurnContext, bool> Trigger)> _digressions = [];
    private readonly List<LocalizedText> _promptTexts = [];
    private readonly InterruptionRecognizer _recognizer = new();

    public InterruptibleDialog(string id)
        : base(id) => _side.Add(new ConfirmPrompt(ConfirmCancelId));

    /// <summary>The component's id, its inner dialogs' and its digressions' versions.</summary>
    public override string GetVersion() => $"{base.GetVersion()}+{_side.GetVersion()}";

    /// <summary>
    /// Registers a digression: when <paramref name="trigger"/> matches a message mid-dialog, <paramref name="dialog"/>
    /// is begun on top of the current step, which is asked again when the digression ends.
    /// </summary>
    protected InterruptibleDialog AddDigression(Dialog dialog, Func<TurnContext, bool> trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        _side.Add(dialog);
        _digressions.Add((dialog.Id, trigger));
        return this;
    }

    /// <summary>The resources this dialog's questions come from, so a language switch can ask them again translated.</summary>
    protected InterruptibleDialog AddPromptTexts(LocalizedText texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _promptTexts.Add(texts);
        return this;
    }

    /// <summary>What the message asks for instead of answering; null to let the active step have it.</summary>
    protected virtual Interruption? RecognizeInterruption(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return _recognizer.Recognize(innerDc.Context.Activity.Text);
    }

    /// <summary>The help for the current step; override per step (see <see cref="ActiveStepId"/>).</summary>
    protected virtual string GetHelpText(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return Strings.Get("Help", innerDc.Locale);
    }

    /// <summary>True when cancelling would lose answers (default: a waterfall anywhere in the task has values).</summary>
    protected virtual bool HasCollectedData(DialogContext scopeDc)
    {
        ArgumentNullException.ThrowIfNull(scopeDc);
        return InterruptionScope.HasValues(scopeDc);
    }

    /// <summary>The id of the innermost active dialog (usually the prompt asking the current question).</summary>
    protected static string? ActiveStepId(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return InterruptionScope.Leaf(innerDc).ActiveDialog?.Id;
    }

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        InterruptionState.SaveOptions(innerDc.Parent!.ActiveDialog!, options);
        return base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var state = InterruptionState.Of(innerDc.Parent!.ActiveDialog!);
        var sideDc = SideContext(innerDc, state);
        if (state.Side.DialogStack.Any(i => sideDc.FindDialog(i.Id) is null))
        {
            // Left by an older deployment: drop it and go on with the interrupted step.
            ClearSide(state);
        }
        var sideActive = state.Side.DialogStack.Count > 0;
        var turn = innerDc.Context;
        if (turn.Activity.Type == ActivityTypes.Message && !turn.TurnState.ContainsKey(HandledKey)
            && !InterruptionScope.HasInterruptibleBelow(sideActive ? sideDc : innerDc))
        {
            var interruption = RecognizeInterruption(innerDc);
            if (sideActive && state.Pending == InterruptionState.PendingCancel)
            {
                // While asked whether to cancel, only "cancel" again (a yes) is an interruption.
                interruption = interruption?.Kind == InterruptionKind.Cancel ? interruption : null;
            }
            if (interruption is not null)
            {
                turn.TurnState[HandledKey] = true;
                return await InterruptAsync(innerDc, sideActive ? sideDc : innerDc, state, interruption, cancellationToken);
            }
            if (!sideActive && _digressions.FirstOrDefault(d => d.Trigger(turn)) is { DialogId: { } digression })
            {
                turn.TurnState[HandledKey] = true;
                return await BeginSideAsync(innerDc, state, InterruptionState.PendingDigression, digression, null, cancellationToken);
            }
        }
        if (sideActive)
        {
            var result = await sideDc.ContinueDialogAsync(cancellationToken);
            return await AfterSideTurnAsync(innerDc, state, result, cancellationToken);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> InterruptAsync(
        DialogContext innerDc, DialogContext questionDc, InterruptionState state, Interruption interruption, CancellationToken cancellationToken)
    {
        switch (interruption.Kind)
        {
            case InterruptionKind.Cancel:
                var confirming = state.Pending == InterruptionState.PendingCancel;
                ClearSide(state);
                return confirming ? await CancelScopeAsync(innerDc, cancellationToken) : await CancelAsync(innerDc, state, cancellationToken);
            case InterruptionKind.StartOver:
                ClearSide(state);
                return await StartOverAsync(innerDc, cancellationToken);
            case InterruptionKind.Help:
                await HelpAsync(questionDc, cancellationToken);
                break;
            case InterruptionKind.Human:
                await HandoffAsync(questionDc, cancellationToken);
                break;
            case InterruptionKind.SwitchLanguage:
                await SwitchLanguageAsync(innerDc, questionDc, interruption.Locale ?? BotLocales.Default, cancellationToken);
                break;
        }
        state.Save();
        return EndOfTurn;
    }
}
