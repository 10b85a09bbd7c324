namespace Bot.Domain.Language;

public enum EntityKind
{
    TrackingNumber,
    ComplaintReference,
    PhoneNumber,
    OrderNumber,
    Date,
    ComplaintCategory,
    DesiredResolution,
}
