namespace Bot.Dialogs.Tracking;

/// <summary>What a view may show: private details (proven link), the hint to ask for them, how many scans.</summary>
internal sealed record ShipmentViewOptions(bool WithDetails, bool OfferDetails, int TimelineLength);
