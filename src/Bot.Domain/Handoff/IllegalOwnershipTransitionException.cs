namespace Bot.Domain.Handoff;

/// <summary>A change of owner the state machine does not allow (e.g. claiming a conversation nobody queued).</summary>
public sealed class IllegalOwnershipTransitionException : InvalidOperationException
{
    public IllegalOwnershipTransitionException()
    {
    }

    public IllegalOwnershipTransitionException(string message)
        : base(message)
    {
    }

    public IllegalOwnershipTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
