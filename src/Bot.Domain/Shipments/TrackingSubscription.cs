using Bot.Domain.Conversations;

namespace Bot.Domain.Shipments;

/// <summary>A conversation that asked to be told about new scans of a shipment, in its language.</summary>
public sealed record TrackingSubscription(TrackingNumber Number, ConversationAddress Conversation, string Locale, DateTimeOffset Since);
