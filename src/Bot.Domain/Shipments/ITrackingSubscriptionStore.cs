using Bot.Domain.Conversations;

namespace Bot.Domain.Shipments;

/// <summary>"Notify me" subscriptions of conversations to shipments.</summary>
public interface ITrackingSubscriptionStore
{
    /// <summary>Subscribes the conversation; false when it was already subscribed to this shipment.</summary>
    Task<bool> SubscribeAsync(TrackingSubscription subscription, CancellationToken ct);

    Task UnsubscribeAsync(TrackingNumber number, ConversationAddress conversation, CancellationToken ct);

    Task<IReadOnlyList<TrackingSubscription>> ForShipmentAsync(TrackingNumber number, CancellationToken ct);
}
