using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

// Messages in a row the main menu did not understand, kept in the root dialog's state. A turn marks itself as not
// understood; every other message turn resets the count (see CustomerServiceDialog.OnContinueDialogAsync).
internal static class Misunderstandings
{
    private const string StateKey = "misunderstood";
    private const string TurnKey = "customerService.misunderstood";

    /// <summary>Counts this turn as not understood and returns the count in a row, this turn included.</summary>
    public static int Add(DialogContext innerDc, TurnContext turn)
    {
        turn.TurnState[TurnKey] = true;
        if (Root(innerDc) is not { } root)
        {
            return 1;
        }
        var count = (root.State[StateKey]?.GetValue<int>() ?? 0) + 1;
        root.State[StateKey] = count;
        return count;
    }

    public static void ResetUnlessMarked(DialogContext innerDc, TurnContext turn)
    {
        if (!turn.TurnState.ContainsKey(TurnKey) && Root(innerDc) is { } root && root.State.ContainsKey(StateKey))
        {
            root.State.Remove(StateKey);
        }
    }

    /// <summary>After the offer of a person, counting starts again.</summary>
    public static void Reset(DialogContext innerDc)
    {
        if (Root(innerDc) is { } root)
        {
            root.State.Remove(StateKey);
        }
    }

    // The customer-service dialog's own instance: the active dialog of the context around its inner stack.
    private static DialogInstance? Root(DialogContext innerDc) =>
        innerDc.Parent?.ActiveDialog is { Id: DialogIds.Root } root ? root : null;
}
