namespace Bot.Dialogs.Complaints;

/// <summary>Options of the complaint-status dialog: the reference, when the customer already gave one.</summary>
public sealed record CheckComplaintRequest(string? Reference);
