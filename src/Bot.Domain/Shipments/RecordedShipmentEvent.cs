namespace Bot.Domain.Shipments;

/// <summary>A scan that was just added to the store (by import or the real-time events API).</summary>
public sealed record RecordedShipmentEvent(TrackingNumber Number, ShipmentEvent Event);
