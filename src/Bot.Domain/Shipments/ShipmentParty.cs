namespace Bot.Domain.Shipments;

/// <summary>The shipper or the consignee of a shipment; private details shown only after a proven link.</summary>
public sealed record ShipmentParty(string? Name, string? Phone, string? Address)
{
    public static ShipmentParty Unknown { get; } = new(null, null, null);
}
