using Bot.Domain.Complaints;
using Bot.Domain.Shipments;

namespace Bot.Host.Operations;

/// <summary>
/// Tells the dialogs' notifiers about committed changes. A failing notifier is logged and never undoes what was saved;
/// the host's stopping token is used, not the operator's request, so a client hanging up does not cut notices short.
/// </summary>
internal sealed class OperationsNotifications(
    IShipmentEventNotifier shipments,
    IComplaintNotifier complaints,
    IHostApplicationLifetime lifetime,
    ILogger<OperationsNotifications> logger)
{
    public async Task ShipmentEventsRecordedAsync(IReadOnlyList<RecordedShipmentEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            await shipments.EventsRecordedAsync(events, lifetime.ApplicationStopping);
        }
        catch (Exception e)
        {
            OperationsLog.ShipmentNotificationFailed(logger, e, events.Count);
        }
    }

    /// <summary>Logs an operator's saved change to a complaint and tells the customer's conversation.</summary>
    public async Task ComplaintChangedAsync(Complaint complaint, ComplaintChange change)
    {
        OperationsLog.ComplaintChanged(logger, complaint.Reference, change);
        try
        {
            await complaints.ComplaintChangedAsync(complaint, change, lifetime.ApplicationStopping);
        }
        catch (Exception e)
        {
            OperationsLog.ComplaintNotificationFailed(logger, e, complaint.Reference, change);
        }
    }
}
