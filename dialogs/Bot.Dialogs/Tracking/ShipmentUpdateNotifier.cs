using Bot.Domain.Shipments;

namespace Bot.Dialogs.Tracking;

/// <summary>Tells subscribed conversations proactively about new scans. STUB: being written.</summary>
public sealed class ShipmentUpdateNotifier : IShipmentEventNotifier
{
    public Task EventsRecordedAsync(IReadOnlyList<RecordedShipmentEvent> events, CancellationToken ct) => Task.CompletedTask;
}
