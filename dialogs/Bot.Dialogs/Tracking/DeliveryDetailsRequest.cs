namespace Bot.Dialogs.Tracking;

/// <summary>Options of <see cref="DeliveryDetailsDialog"/>: the shipments whose private details the customer asked for.</summary>
internal sealed record DeliveryDetailsRequest(IReadOnlyList<string> Numbers);
