namespace Bot.Dialogs.Complaints;

/// <summary>Complaint intake: SLA table, business calendar, severity thresholds (section <c>Complaints</c>).</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";
}
