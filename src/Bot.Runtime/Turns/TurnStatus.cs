namespace Bot.Runtime.Turns;

public enum TurnStatus
{
    /// <summary>The turn ran (possibly ending in the turn-error handler's friendly message).</summary>
    Completed,

    /// <summary>The activity id was already processed; nothing ran.</summary>
    Duplicate,
}
