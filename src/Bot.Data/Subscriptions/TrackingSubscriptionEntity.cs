namespace Bot.Data.Subscriptions;

/// <summary>A conversation's "notify me" on a shipment; unique per (number, channel, conversation). Times in UTC.</summary>
public sealed class TrackingSubscriptionEntity
{
    public long Id { get; set; }
    public required string TrackingNumber { get; set; }
    public required string ConversationChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string Locale { get; set; }
    public DateTimeOffset Since { get; set; }
}
