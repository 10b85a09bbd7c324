using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Runtime.Dialogs;

/// <summary>
/// One entry of a persisted stack: the dialog's id and its own JSON state (camelCase), e.g. a waterfall's
/// <c>{options, values, stepIndex, instanceId}</c>.
/// </summary>
public sealed class DialogInstance
{
    private const string InnerStateProperty = "dialogs";
    private JsonObject _state = [];
    private DialogState? _innerState;

    public required string Id { get; set; }

    /// <summary>The dialog's own state. A component dialog's inner stack is kept under "dialogs".</summary>
    public JsonObject State
    {
        get
        {
            // A component works on its inner stack as objects during the turn; whoever reads the JSON (the state
            // serializer at the end of the turn) sees it written back.
            if (_innerState is not null)
            {
                _state[InnerStateProperty] = JsonSerializer.SerializeToNode(_innerState, DialogJson.Options);
            }
            return _state;
        }
        set
        {
            _state = value ?? [];
            _innerState = null;
        }
    }

    /// <summary>The inner stack of a component dialog, read from "dialogs" once per turn and kept as objects.</summary>
    internal DialogState GetInnerState()
    {
        if (_innerState is null)
        {
            _innerState = _state.TryGetPropertyValue(InnerStateProperty, out var node) && node is not null
                ? node.Deserialize<DialogState>(DialogJson.Options) ?? new DialogState()
                : new DialogState();
        }
        return _innerState;
    }
}
