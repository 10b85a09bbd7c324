namespace Bot.Dialogs.Complaints;

// Options of the closure dialog when the complaint-status dialog begins it.
internal sealed record ComplaintClosureRequest(string Reference);
