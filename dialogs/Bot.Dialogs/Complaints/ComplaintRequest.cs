namespace Bot.Dialogs.Complaints;

/// <summary>Options of the complaint dialog: <see cref="Again"/> when the customer said the restated facts were wrong.</summary>
public sealed record ComplaintRequest(bool Again);
