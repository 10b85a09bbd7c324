namespace Bot.Domain.Complaints;

/// <summary>
/// The complaint state machine: Open → Acknowledged → InProgress → Resolved → Closed. A resolved complaint is closed only
/// after the customer said they are satisfied with the result (R4); a "no" reopens it (back to InProgress).
/// Illegal moves throw <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class ComplaintLifecycle
{
    private ComplaintLifecycle(ComplaintStatus status, bool? satisfied, int reopenCount)
    {
        Status = status;
        SatisfiedWithResult = satisfied;
        ReopenCount = reopenCount;
    }

    public ComplaintStatus Status { get; private set; }

    /// <summary>The answer to "are you satisfied with the result?" for the current resolution; null until asked and answered.</summary>
    public bool? SatisfiedWithResult { get; private set; }

    /// <summary>How many times the customer said "no" and the complaint went back to work.</summary>
    public int ReopenCount { get; private set; }

    public bool CanClose => Status == ComplaintStatus.Resolved && SatisfiedWithResult == true;

    public static ComplaintLifecycle Start() => new(ComplaintStatus.Open, null, 0);

    /// <summary>Rebuilds a stored lifecycle, rejecting combinations the state machine cannot reach.</summary>
    public static ComplaintLifecycle Restore(ComplaintStatus status, bool? satisfiedWithResult, int reopenCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reopenCount);
        var answered = satisfiedWithResult is not null;
        if ((answered && status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed))
            || (status == ComplaintStatus.Closed && satisfiedWithResult != true)
            || (answered && satisfiedWithResult == false))
        {
            throw new ArgumentException($"A complaint cannot be {status} with satisfaction answer '{satisfiedWithResult}'.", nameof(status));
        }

        return new ComplaintLifecycle(status, satisfiedWithResult, reopenCount);
    }

    public void Acknowledge() => Move(ComplaintStatus.Open, ComplaintStatus.Acknowledged);

    public void StartWork() => Move(ComplaintStatus.Acknowledged, ComplaintStatus.InProgress);

    public void Resolve() => Move(ComplaintStatus.InProgress, ComplaintStatus.Resolved);

    /// <summary>Records the closure answer; "no" reopens the complaint (InProgress) for another resolution.</summary>
    public void RecordSatisfaction(bool satisfied)
    {
        Require(ComplaintStatus.Resolved, "record the satisfaction answer");
        if (satisfied)
        {
            SatisfiedWithResult = true;
            return;
        }

        SatisfiedWithResult = null;
        ReopenCount++;
        Status = ComplaintStatus.InProgress;
    }

    public void Close()
    {
        Require(ComplaintStatus.Resolved, "close");
        if (SatisfiedWithResult != true)
        {
            throw new InvalidOperationException("A complaint is closed only after the customer said they are satisfied with the result.");
        }

        Status = ComplaintStatus.Closed;
    }

    private void Move(ComplaintStatus from, ComplaintStatus to)
    {
        Require(from, $"move to {to}");
        Status = to;
    }

    private void Require(ComplaintStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException($"Cannot {action} a complaint that is {Status}; it must be {expected}.");
        }
    }
}
