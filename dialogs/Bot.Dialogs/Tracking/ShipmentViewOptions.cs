namespace Bot.Dialogs.Tracking;

/// <summary>
/// What a view may show: private details (proven link), the hint to ask for them, how many scans. In a shared chat (a
/// Teams group chat or channel) private details are never shown and the hint points to a personal chat instead.
/// </summary>
internal sealed record ShipmentViewOptions(bool WithDetails, bool OfferDetails, int TimelineLength, bool SharedChat = false);
