using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Runtime.Dialogs.Interruptions;

// What an interruptible component remembers besides its inner stack, under "interruption" in its instance state: the
// options it was begun with (for "start over"), and a side stack of dialogs begun on top of the interrupted step
// (the cancel confirmation, a digression) with what it is for.
internal sealed class InterruptionState
{
    private const string Property = "interruption";
    private const string OptionsProperty = "options";
    private const string PendingProperty = "pending";
    private const string StackProperty = "stack";

    public const string PendingCancel = "cancel";
    public const string PendingDigression = "digression";

    private readonly JsonObject _node;

    private InterruptionState(JsonObject node, DialogState side)
    {
        _node = node;
        Side = side;
    }

    public DialogState Side { get; }

    public string? Pending
    {
        get => _node[PendingProperty]?.GetValue<string>();
        set => _node[PendingProperty] = value;
    }

    public JsonNode? Options => _node[OptionsProperty];

    public static InterruptionState Of(DialogInstance instance)
    {
        if (instance.State[Property] is not JsonObject node)
        {
            node = [];
            instance.State[Property] = node;
        }
        DialogState side;
        try
        {
            side = node[StackProperty]?.Deserialize<DialogState>(DialogJson.Options) ?? new DialogState();
        }
        catch (JsonException)
        {
            side = new DialogState();
        }
        return new InterruptionState(node, side);
    }

    public static void SaveOptions(DialogInstance instance, object? options) =>
        Of(instance)._node[OptionsProperty] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), DialogJson.Options);

    public void Save()
    {
        if (Side.DialogStack.Count == 0)
        {
            _node.Remove(StackProperty);
            _node.Remove(PendingProperty);
            return;
        }
        _node[StackProperty] = JsonSerializer.SerializeToNode(Side, DialogJson.Options);
    }
}
