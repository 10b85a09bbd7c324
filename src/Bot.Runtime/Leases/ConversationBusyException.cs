namespace Bot.Runtime.Leases;

/// <summary>Another host instance kept the conversation's lease longer than the turn was willing to wait.</summary>
public sealed class ConversationBusyException : TimeoutException
{
    public ConversationBusyException() { }

    public ConversationBusyException(string message) : base(message) { }

    public ConversationBusyException(string message, Exception innerException) : base(message, innerException) { }

    public ConversationBusyException(string conversationKey, TimeSpan waited)
        : base($"Conversation '{conversationKey}' is busy in another host instance; gave up after {waited.TotalSeconds:0.###} s.") =>
        ConversationKey = conversationKey;

    public string? ConversationKey { get; }
}
