using Bot.Domain.Shipments;

namespace Bot.Data.Import;

/// <summary>A scan row; stored unless a scan with the same number, stage, time and location is already there.</summary>
public sealed record ImportedEvent(ImportOrigin Origin, TrackingNumber Number, ShipmentEvent Event);
