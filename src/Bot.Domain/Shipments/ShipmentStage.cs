namespace Bot.Domain.Shipments;

/// <summary>The stages of a shipment (DOMAIN.md §5, R19); see <see cref="ShipmentStageGuide"/> for their explanation.</summary>
public enum ShipmentStage
{
    Created,
    PickedUp,
    AtWarehouse,
    InTransit,
    OutForDelivery,
    Delivered,
    Exception,
    Returned,
}
