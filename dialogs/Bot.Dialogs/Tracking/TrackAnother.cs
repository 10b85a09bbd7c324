namespace Bot.Dialogs.Tracking;

/// <summary>The follow-up's result when the customer goes on with other numbers (none: ask for one).</summary>
internal sealed record TrackAnother(IReadOnlyList<string> Numbers);
