using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs;

/// <summary>A dialog stack at work for one turn: begin, continue, end, replace and cancel dialogs on it.</summary>
public sealed class DialogContext
{
    private const string ActivityReceivedEmitted = "dialogs.activityReceivedEmitted";
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, TurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
        Parent = parent;
    }

    public TurnContext Context { get; }

    public DialogSet Dialogs { get; }

    public DialogContext? Parent { get; }

    public List<DialogInstance> Stack => _state.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The inner context of the active dialog when it is a container (a component dialog), else null.</summary>
    public DialogContext? Child => ActiveDialog is { } active ? FindDialog(active.Id)?.CreateChildContext(this) : null;

    /// <summary>The turn's locale: "en-US" or "zh-CN".</summary>
    public string Locale => DialogLocale.Of(Context);

    /// <summary>Finds a dialog in this context's set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not registered here or in a parent.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Continues the active dialog with the turn's activity. The first call in a turn emits "activityReceived" from the
    /// leaf, so the innermost dialog and then each ancestor can act on the input first.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (!Context.TurnState.ContainsKey(ActivityReceivedEmitted))
        {
            Context.TurnState[ActivityReceivedEmitted] = true;
            await EmitEventAsync(DialogEvents.ActivityReceived, Context.Activity, bubble: true, fromLeaf: true, cancellationToken);
        }
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await RequireDialog(active.Id).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is not { } next)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        return await RequireDialog(next.Id).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack (innermost first); Empty when there was nothing to cancel.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog's question again, unless a "repromptDialog" event handler takes care of it.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }
        if (!await EmitEventAsync(DialogEvents.RepromptDialog, null, bubble: false, fromLeaf: false, cancellationToken))
        {
            await RequireDialog(active.Id).RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>Delivers an event to the active dialog (of the innermost context when <paramref name="fromLeaf"/>).</summary>
    public async Task<bool> EmitEventAsync(
        string name, object? value = null, bool bubble = true, bool fromLeaf = false, CancellationToken cancellationToken = default)
    {
        var dc = this;
        while (fromLeaf && dc.Child is { } child)
        {
            dc = child;
        }
        if (dc.ActiveDialog is not { } active || dc.FindDialog(active.Id) is not { } dialog)
        {
            return false;
        }
        return await dialog.OnDialogEventAsync(dc, new DialogEvent(name, value, bubble), cancellationToken);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }
        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken);
        }
        Stack.Remove(active);
    }

    private Dialog RequireDialog(string dialogId) =>
        FindDialog(dialogId) ?? throw new InvalidOperationException($"The stack references dialog '{dialogId}', which is not registered.");
}
