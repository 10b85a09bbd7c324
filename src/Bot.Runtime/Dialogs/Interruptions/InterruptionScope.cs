using System.Text.Json.Nodes;

namespace Bot.Runtime.Dialogs.Interruptions;

// Where interruptible components sit on the current stack. Cancel and start over act on the OUTERMOST interruptible
// component around the step (the user means the whole task); the rest is handled by the innermost one.
internal static class InterruptionScope
{
    /// <summary>True when an interruptible component is active somewhere below <paramref name="innerDc"/>.</summary>
    public static bool HasInterruptibleBelow(DialogContext innerDc)
    {
        for (DialogContext? dc = innerDc; dc?.ActiveDialog is { } active; dc = dc.Child)
        {
            if (dc.FindDialog(active.Id) is InterruptibleDialog)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The outermost interruptible component around <paramref name="innerDc"/> (its dialog and inner context).</summary>
    public static (InterruptibleDialog Owner, DialogContext OwnerDc) Outermost(InterruptibleDialog self, DialogContext innerDc)
    {
        var result = (self, innerDc);
        for (var dc = innerDc; dc.Parent is { } outer; dc = outer)
        {
            if (outer.ActiveDialog is { } active && outer.FindDialog(active.Id) is InterruptibleDialog owner)
            {
                result = (owner, dc);
            }
        }
        return result;
    }

    /// <summary>The deepest active context below <paramref name="innerDc"/> (where the question was asked).</summary>
    public static DialogContext Leaf(DialogContext innerDc)
    {
        var dc = innerDc;
        while (dc.Child is { } child)
        {
            dc = child;
        }
        return dc;
    }

    /// <summary>True when a waterfall anywhere in the stack has stored values.</summary>
    public static bool HasValues(DialogContext dc) => dc.Stack.Any(i => HasValues(i.State));

    private static bool HasValues(JsonObject state)
    {
        if (state["values"] is JsonObject { Count: > 0 })
        {
            return true;
        }
        return state["dialogs"]?["dialogStack"] is JsonArray inner
            && inner.Any(i => i?["state"] is JsonObject s && HasValues(s));
    }
}
