namespace Bot.Domain.Complaints;

/// <summary>What happened to a complaint, for the customer's proactive notice.</summary>
public enum ComplaintChange
{
    ProgressUpdated,
    Resolved,
    Escalated,
}
