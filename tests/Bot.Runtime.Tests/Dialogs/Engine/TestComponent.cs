using Bot.Runtime.Dialogs;

namespace Bot.Runtime.Tests.Dialogs.Engine;

/// <summary>A component made of the given dialogs; the first one is begun.</summary>
public sealed class TestComponent : ComponentDialog
{
    public TestComponent(string id, params Dialog[] dialogs)
        : base(id)
    {
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }
}
