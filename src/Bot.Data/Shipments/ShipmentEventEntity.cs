using Bot.Domain.Shipments;

namespace Bot.Data.Shipments;

/// <summary>One scan of a shipment; <see cref="Id"/> keeps the order in which scans with the same time were reported.</summary>
public sealed class ShipmentEventEntity
{
    public long Id { get; set; }
    public required string TrackingNumber { get; set; }
    public ShipmentStage Stage { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset At { get; set; }
    public string? DescriptionKey { get; set; }
    public string? ExceptionReason { get; set; }
    public string? SignedBy { get; set; }
}
