namespace Bot.Dialogs.Complaints;

/// <summary>
/// Options of the complaint dialog: <see cref="Again"/> when the customer said the restated facts were wrong;
/// <see cref="TrackingNumber"/> when the complaint is about a shipment already known (e.g. from a tracking answer);
/// <see cref="Description"/> when the message that led to the complaint already described the problem (it is then not
/// asked again). Without a description, the message that began the complaint is used when it names a problem.
/// </summary>
public sealed record ComplaintRequest(bool Again, string? TrackingNumber = null, string? Description = null);
