using System.Collections.Concurrent;
using Bot.Domain.Shipments;

namespace Bot.Host.Tests.Operations;

/// <summary>Stands in for the dialogs' notifier: records each call (or fails, to show a failure undoes nothing).</summary>
internal sealed class RecordingShipmentEventNotifier(bool fail = false) : IShipmentEventNotifier
{
    public ConcurrentQueue<IReadOnlyList<RecordedShipmentEvent>> Calls { get; } = new();

    public Task EventsRecordedAsync(IReadOnlyList<RecordedShipmentEvent> events, CancellationToken ct)
    {
        Calls.Enqueue(events);
        return fail ? Task.FromException(new InvalidOperationException("channel down")) : Task.CompletedTask;
    }
}
