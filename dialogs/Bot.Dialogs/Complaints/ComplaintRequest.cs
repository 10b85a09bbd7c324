namespace Bot.Dialogs.Complaints;

/// <summary>
/// Options of the complaint dialog: <see cref="Again"/> when the customer said the restated facts were wrong;
/// <see cref="TrackingNumber"/> when the complaint is about a shipment already known (e.g. from a tracking answer).
/// </summary>
public sealed record ComplaintRequest(bool Again, string? TrackingNumber = null);
