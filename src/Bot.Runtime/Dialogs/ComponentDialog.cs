using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs;

/// <summary>
/// A dialog made of dialogs: its own inner stack, kept in its instance state under "dialogs". It ends itself, with the
/// inner result, when the inner stack stops waiting. Override <see cref="OnContinueDialogAsync"/> to act on input
/// before the active inner dialog does (interruptions).
/// </summary>
public class ComponentDialog(string id) : Dialog(id)
{
    private readonly DialogSet _dialogs = new();

    /// <summary>The inner dialog begun first; defaults to the first one added.</summary>
    public string? InitialDialogId { get; protected set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return result.Status == DialogTurnStatus.Waiting ? EndOfTurn : await dc.EndDialogAsync(result.Result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await OnContinueDialogAsync(innerDc, cancellationToken);
        return result.Status == DialogTurnStatus.Waiting ? EndOfTurn : await dc.EndDialogAsync(result.Result, cancellationToken);
    }

    // Something begun on the outer stack above this component has ended: ask the inner question again.
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new DialogContext(_dialogs, turnContext, instance.GetInnerState()).RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            await new DialogContext(_dialogs, turnContext, instance.GetInnerState()).CancelAllDialogsAsync(cancellationToken);
        }
    }

    /// <summary>The component's id and its inner dialogs' versions.</summary>
    public override string GetVersion() => $"{Id}:{_dialogs.GetVersion()}";

    /// <summary>Registers an inner dialog; the first one added becomes the initial dialog unless set otherwise.</summary>
    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Begins the initial inner dialog with the component's options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack; override to handle input before the active inner dialog does.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    internal override DialogContext? CreateChildContext(DialogContext dc) =>
        dc.ActiveDialog is { } instance ? CreateInnerContext(dc, instance) : null;

    internal override bool CanContinue(DialogInstance instance, IReadOnlyList<DialogSet> scopes) =>
        DialogStackCheck.CanContinue([_dialogs, .. scopes], instance.GetInnerState());

    private DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance) =>
        new(_dialogs, outer.Context, instance.GetInnerState(), outer);
}
