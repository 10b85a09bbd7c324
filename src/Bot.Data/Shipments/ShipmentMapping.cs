using Bot.Domain.Shipments;

namespace Bot.Data.Shipments;

/// <summary>Converts between the shipment rows and the domain <see cref="Shipment"/>.</summary>
public static class ShipmentMapping
{
    /// <summary>The domain shipment; scans are ordered by time, ties by the order in which they were stored.</summary>
    public static Shipment ToDomain(ShipmentEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new Shipment(
            TrackingNumber.Parse(entity.TrackingNumber),
            entity.CustomerId,
            new DeliveryWindow(entity.PromisedFrom, entity.PromisedTo),
            entity.Events.OrderBy(e => e.Id).Select(e =>
                new ShipmentEvent(e.Stage, e.Location, e.At, e.DescriptionKey, e.ExceptionReason, e.SignedBy)),
            new ShipmentParty(entity.ShipperName, entity.ShipperPhone, entity.ShipperAddress),
            new ShipmentParty(entity.ConsigneeName, entity.ConsigneePhone, entity.ConsigneeAddress));
    }

    /// <summary>New rows for a shipment and its whole timeline, ready to be added to the context.</summary>
    public static ShipmentEntity ToEntity(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        return new ShipmentEntity
        {
            TrackingNumber = shipment.Number.Value,
            CustomerId = shipment.CustomerId,
            PromisedFrom = shipment.PromisedDelivery.From,
            PromisedTo = shipment.PromisedDelivery.To,
            ShipperName = shipment.Shipper.Name,
            ShipperPhone = shipment.Shipper.Phone,
            ShipperAddress = shipment.Shipper.Address,
            ConsigneeName = shipment.Consignee.Name,
            ConsigneePhone = shipment.Consignee.Phone,
            ConsigneeAddress = shipment.Consignee.Address,
            Events = [.. shipment.Timeline.Select(e => ToEntity(shipment.Number, e))],
        };
    }

    /// <summary>A new row for one scan of the shipment with this number.</summary>
    public static ShipmentEventEntity ToEntity(TrackingNumber number, ShipmentEvent scan)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(scan);
        return new ShipmentEventEntity
        {
            TrackingNumber = number.Value,
            Stage = scan.Stage,
            Location = scan.Location,
            At = scan.At,
            DescriptionKey = scan.DescriptionKey,
            ExceptionReason = scan.ExceptionReason,
            SignedBy = scan.SignedBy,
        };
    }
}
