namespace Bot.Data.Shipments;

/// <summary>A shipment row keyed by its normalised tracking number; its scans are <see cref="ShipmentEventEntity"/> rows.</summary>
public sealed class ShipmentEntity
{
    public required string TrackingNumber { get; set; }
    public required string CustomerId { get; set; }
    public DateTimeOffset PromisedFrom { get; set; }
    public DateTimeOffset PromisedTo { get; set; }
    public string? ShipperName { get; set; }
    public string? ShipperPhone { get; set; }
    public string? ShipperAddress { get; set; }
    public string? ConsigneeName { get; set; }
    public string? ConsigneePhone { get; set; }
    public string? ConsigneeAddress { get; set; }
    public List<ShipmentEventEntity> Events { get; set; } = [];
}
