namespace Bot.Domain.Complaints;

/// <summary>High: loss, or damage above the configured value — escalated to a person at once.</summary>
public enum ComplaintSeverity
{
    Normal,
    High,
}
