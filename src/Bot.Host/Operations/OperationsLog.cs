using Bot.Domain.Complaints;

namespace Bot.Host.Operations;

internal static partial class OperationsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator request rejected: {Reason}")]
    public static partial void OperatorRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Import committed: customers {CustomersInserted}/{CustomersUpdated}/{CustomersSkipped}, shipments {ShipmentsInserted}/{ShipmentsUpdated}/{ShipmentsSkipped}, events {EventsInserted}/{EventsSkipped} (inserted/updated/skipped)")]
    public static partial void ImportCommitted(
        ILogger logger,
        int customersInserted,
        int customersUpdated,
        int customersSkipped,
        int shipmentsInserted,
        int shipmentsUpdated,
        int shipmentsSkipped,
        int eventsInserted,
        int eventsSkipped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import rejected with {ProblemCount} problems; nothing written")]
    public static partial void ImportRejected(ILogger logger, int problemCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifying {EventCount} new shipment events failed; the events stay recorded")]
    public static partial void ShipmentNotificationFailed(ILogger logger, Exception exception, int eventCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifying complaint {Reference} ({Change}) failed; the change stays saved")]
    public static partial void ComplaintNotificationFailed(ILogger logger, Exception exception, ComplaintReference reference, ComplaintChange change);

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint {Reference}: {Change} by an operator")]
    public static partial void ComplaintChanged(ILogger logger, ComplaintReference reference, ComplaintChange change);
}
