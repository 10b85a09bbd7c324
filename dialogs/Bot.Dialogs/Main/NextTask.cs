namespace Bot.Dialogs.Main;

/// <summary>
/// The result a task ends with to lead straight into another one (e.g. a late shipment → "make a complaint" about it,
/// or → a person): <see cref="Choice"/> is one of the <see cref="MenuChoices"/> values.
/// </summary>
public sealed record NextTask(string Choice, string? TrackingNumber = null);
