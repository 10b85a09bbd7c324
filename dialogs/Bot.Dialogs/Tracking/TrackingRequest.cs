namespace Bot.Dialogs.Tracking;

/// <summary>Options of the tracking dialog: the numbers already given, if any.</summary>
public sealed record TrackingRequest(IReadOnlyList<string> Numbers);
