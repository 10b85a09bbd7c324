using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs;

/// <summary>What a waterfall step sees: the options, the values bag, the previous result, and ways to move on.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dialogContext, DialogInstance instance, int index, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        DialogContext = dialogContext;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public TurnContext Context => DialogContext.Context;

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's or the child dialog's result (this turn's object, not a stored copy).</summary>
    public object? Result { get; }

    /// <summary>A bag shared by the steps, persisted with the waterfall.</summary>
    public JsonObject Values
    {
        get
        {
            if (_instance.State[WaterfallDialog.ValuesProperty] is not JsonObject values)
            {
                values = [];
                _instance.State[WaterfallDialog.ValuesProperty] = values;
            }
            return values;
        }
    }

    /// <summary>The options the waterfall was begun with, read back from their stored JSON.</summary>
    public T? GetOptions<T>() =>
        _instance.State[WaterfallDialog.OptionsProperty] is { } options ? options.Deserialize<T>(DialogJson.Options) : default;

    /// <summary>Runs the next step now with <paramref name="result"/>; a step may call this once.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called by step {Index} of '{_waterfall.Id}'.");
        }
        _nextCalled = true;
        return _waterfall.RunStepAsync(DialogContext, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
