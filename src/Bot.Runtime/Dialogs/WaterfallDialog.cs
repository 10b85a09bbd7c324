using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Runtime.Dialogs;

/// <summary>
/// An ordered list of steps. State: <c>{options, values, stepIndex, instanceId}</c>. A message continues with its text as
/// the result; other activities are ignored; a child's result resumes the next step; past the last step the waterfall
/// ends with the last result.
/// </summary>
public sealed class WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : Dialog(id)
{
    internal const string OptionsProperty = "options";
    internal const string ValuesProperty = "values";
    internal const string StepIndexProperty = "stepIndex";
    internal const string InstanceIdProperty = "instanceId";

    private readonly IReadOnlyList<WaterfallStep> _steps = [.. steps ?? throw new ArgumentNullException(nameof(steps))];

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[OptionsProperty] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), DialogJson.Options);
        state[ValuesProperty] = new JsonObject();
        state[InstanceIdProperty] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, StepIndex(dc.ActiveDialog!) + 1, reason, result, cancellationToken);
    }

    public override string GetVersion() => $"{Id}:{_steps.Count}";

    internal override bool CanContinue(DialogInstance instance, IReadOnlyList<DialogSet> scopes) =>
        instance.State.TryGetPropertyValue(StepIndexProperty, out var node)
        && node is JsonValue value
        && value.TryGetValue<int>(out var index)
        && index >= 0 && index < _steps.Count
        && (!instance.State.TryGetPropertyValue(ValuesProperty, out var values) || values is null or JsonObject);

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }
        var instance = dc.ActiveDialog!;
        instance.State[StepIndexProperty] = index;
        var step = new WaterfallStepContext(this, dc, instance, index, reason, result);
        return await _steps[index](step, cancellationToken);
    }

    private static int StepIndex(DialogInstance instance) =>
        instance.State.TryGetPropertyValue(StepIndexProperty, out var node) && node is not null ? node.GetValue<int>() : 0;
}
