namespace Bot.Domain.Shipments;

/// <summary>Reads shipments with their timelines from the store.</summary>
public interface IShipmentStore
{
    /// <summary>The shipment with this tracking number, or null when it is unknown.</summary>
    Task<Shipment?> FindAsync(TrackingNumber number, CancellationToken ct);

    /// <summary>The known shipments among <paramref name="numbers"/>, in the order asked (unknown and repeated numbers skipped).</summary>
    Task<IReadOnlyList<Shipment>> FindManyAsync(IReadOnlyList<TrackingNumber> numbers, CancellationToken ct);
}
