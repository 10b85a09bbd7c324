namespace Bot.Data.Storage;

/// <summary>Who may run a turn of a conversation right now; held across host instances that share the store.</summary>
public sealed class ConversationLease
{
    public required string ConversationKey { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
