using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs;

/// <summary>
/// A step of a conversation that can span turns. Definitions are stateless singletons; everything a running dialog
/// remembers lives in its <see cref="DialogInstance.State"/>, so a conversation survives a host restart.
/// </summary>
public abstract class Dialog(string id)
{
    /// <summary>Returned by a dialog that waits for the user's next activity.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    public string Id { get; } = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A dialog needs an id.", nameof(id)) : id;

    /// <summary>Starts the dialog; its instance is already on top of <paramref name="dc"/>'s stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user sent something while this dialog was active. Default: end the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A dialog this one started has ended with <paramref name="result"/>. Default: end with that result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the current question again (after help, a digression, a language switch ...).</summary>
    public virtual Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Cleanup hook, called before the instance leaves the stack.</summary>
    public virtual Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Changes when the definition changes in a way that makes stored instances unusable.</summary>
    public virtual string GetVersion() => Id;

    /// <summary>Delivers an event: pre-bubble, then (if unhandled and bubbling) the parent context, then post-bubble.</summary>
    public async Task<bool> OnDialogEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        var handled = await OnPreBubbleEventAsync(dc, e, cancellationToken);
        if (!handled && e.Bubble && dc.Parent is not null)
        {
            handled = await dc.Parent.EmitEventAsync(e.Name, e.Value, bubble: true, fromLeaf: false, cancellationToken);
        }
        if (!handled)
        {
            handled = await OnPostBubbleEventAsync(dc, e, cancellationToken);
        }
        return handled;
    }

    /// <summary>Sees an event before the ancestors do; return true to stop it.</summary>
    protected virtual Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>Sees an event the ancestors did not handle; return true to mark it handled.</summary>
    protected virtual Task<bool> OnPostBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>The context of this dialog's inner stack, for dialogs that have one.</summary>
    internal virtual DialogContext? CreateChildContext(DialogContext dc) => null;

    /// <summary>False when a stored instance cannot be continued by this definition (the runner restarts politely).</summary>
    internal virtual bool CanContinue(DialogInstance instance, IReadOnlyList<DialogSet> scopes) => true;
}
