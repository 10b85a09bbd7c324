namespace Bot.Runtime.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,

    /// <summary>The active dialog waits for the next activity ("end of turn").</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,

    /// <summary>The dialog completed and waits for one more activity before ending.</summary>
    CompleteAndWait,
}
