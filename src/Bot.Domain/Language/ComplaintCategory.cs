namespace Bot.Domain.Language;

/// <summary>Complaint categories of DOMAIN.md §10 R3.</summary>
public enum ComplaintCategory
{
    Other,
    Delay,
    DamageOrDeterioration,
    ShortageOrLoss,
    DispatchOrDocumentError,
    StaffAttitudeOrConduct,
    DeliveryHandling,
    TrackingInfoSlowOrMissing,
    PriceOrBilling,
    ValueAddedServiceFailure,
    AccidentOrIncident,
}
