namespace Bot.Testing;

/// <summary>A transcript expectation failed; the message shows what was expected and the conversation so far.</summary>
public sealed class DialogTestFlowException : Exception
{
    public DialogTestFlowException()
    {
    }

    public DialogTestFlowException(string message)
        : base(message)
    {
    }

    public DialogTestFlowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
