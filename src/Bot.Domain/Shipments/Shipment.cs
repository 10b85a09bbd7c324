namespace Bot.Domain.Shipments;

/// <summary>A shipment with its promised delivery window and its scans, kept as a timeline ordered by time.</summary>
public sealed class Shipment
{
    public Shipment(
        TrackingNumber number,
        string customerId,
        DeliveryWindow promisedDelivery,
        IEnumerable<ShipmentEvent> events,
        ShipmentParty? shipper = null,
        ShipmentParty? consignee = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentNullException.ThrowIfNull(promisedDelivery);
        ArgumentNullException.ThrowIfNull(events);

        Number = number;
        CustomerId = customerId;
        PromisedDelivery = promisedDelivery;
        Shipper = shipper ?? ShipmentParty.Unknown;
        Consignee = consignee ?? ShipmentParty.Unknown;
        // OrderBy is stable: scans with the same time keep the order in which they were reported.
        Timeline = [.. events.OrderBy(e => e.At)];
    }

    public TrackingNumber Number { get; }

    public string CustomerId { get; }

    public DeliveryWindow PromisedDelivery { get; }

    public ShipmentParty Shipper { get; }

    public ShipmentParty Consignee { get; }

    /// <summary>All scans, oldest first.</summary>
    public IReadOnlyList<ShipmentEvent> Timeline { get; }

    /// <summary>The latest scan — where and when the shipment was last seen (the time of the status); null before any scan.</summary>
    public ShipmentEvent? LastScan => Timeline.Count == 0 ? null : Timeline[^1];

    public ShipmentStage CurrentStage => LastScan?.Stage ?? ShipmentStage.Created;

    public ShipmentStageExplanation Explanation => ShipmentStageGuide.For(CurrentStage);

    public bool IsDelivered => CurrentStage == ShipmentStage.Delivered;

    public bool IsException => CurrentStage == ShipmentStage.Exception;

    /// <summary>The reason of the current exception, or null when the shipment is not in exception.</summary>
    public string? ExceptionReason => IsException ? LastScan!.ExceptionReason : null;

    /// <summary>The delivery scan (with its signer), or null when not delivered.</summary>
    public ShipmentEvent? Delivery => IsDelivered ? LastScan : null;

    /// <summary>
    /// True when <paramref name="now"/> is past the promised window and the journey has not ended (a delivered or
    /// returned shipment is no longer late — it is finished).
    /// </summary>
    public bool IsLate(DateTimeOffset now) => now > PromisedDelivery.To && !Explanation.IsFinal;

    /// <summary>True when the shipment was delivered after the promised window.</summary>
    public bool WasDeliveredLate => Delivery is { } delivery && delivery.At > PromisedDelivery.To;

    /// <summary>A copy of this shipment with one more scan.</summary>
    public Shipment WithEvent(ShipmentEvent scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return new Shipment(Number, CustomerId, PromisedDelivery, Timeline.Append(scan), Shipper, Consignee);
    }
}
