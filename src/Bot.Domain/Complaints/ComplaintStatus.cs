namespace Bot.Domain.Complaints;

/// <summary>Lifecycle of a complaint; the allowed moves are enforced by <see cref="ComplaintLifecycle"/>.</summary>
public enum ComplaintStatus
{
    Open,
    Acknowledged,
    InProgress,
    Resolved,
    Closed,
}
