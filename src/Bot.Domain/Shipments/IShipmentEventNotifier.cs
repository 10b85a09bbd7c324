namespace Bot.Domain.Shipments;

/// <summary>Told after new scans are committed to the store; tells the subscribed conversations proactively.</summary>
public interface IShipmentEventNotifier
{
    Task EventsRecordedAsync(IReadOnlyList<RecordedShipmentEvent> events, CancellationToken ct);
}
