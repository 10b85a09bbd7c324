using Bot.Domain.Shipments;

namespace Bot.Data.Import;

/// <summary>A shipment row: it replaces the stored shipment's customer, window and parties (scans are only ever added).</summary>
public sealed record ImportedShipment(
    ImportOrigin Origin,
    TrackingNumber Number,
    string CustomerId,
    DeliveryWindow PromisedDelivery,
    ShipmentParty Shipper,
    ShipmentParty Consignee);
