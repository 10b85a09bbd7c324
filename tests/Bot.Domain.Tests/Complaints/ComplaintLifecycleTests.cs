using Bot.Domain.Complaints;

namespace Bot.Domain.Tests.Complaints;

public sealed class ComplaintLifecycleTests
{
    private static ComplaintLifecycle Resolved()
    {
        var lifecycle = ComplaintLifecycle.Start();
        lifecycle.Acknowledge();
        lifecycle.StartWork();
        lifecycle.Resolve();
        return lifecycle;
    }

    [Fact]
    public void Complaint_closes_after_the_customer_says_they_are_satisfied()
    {
        var lifecycle = Resolved();

        lifecycle.RecordSatisfaction(satisfied: true);
        lifecycle.Close();

        Assert.Equal(ComplaintStatus.Closed, lifecycle.Status);
        Assert.True(lifecycle.SatisfiedWithResult);
    }

    [Fact]
    public void Resolved_complaint_cannot_close_before_the_satisfaction_question_is_answered()
    {
        var lifecycle = Resolved();

        Assert.False(lifecycle.CanClose);
        Assert.Throws<InvalidOperationException>(lifecycle.Close);
        Assert.Equal(ComplaintStatus.Resolved, lifecycle.Status);
    }

    [Fact]
    public void Unsatisfied_answer_reopens_the_complaint_and_closing_needs_a_new_answer()
    {
        var lifecycle = Resolved();

        lifecycle.RecordSatisfaction(satisfied: false);

        Assert.Equal(ComplaintStatus.InProgress, lifecycle.Status);
        Assert.Equal(1, lifecycle.ReopenCount);
        Assert.Null(lifecycle.SatisfiedWithResult);

        lifecycle.Resolve();
        Assert.Throws<InvalidOperationException>(lifecycle.Close);
    }

    [Fact]
    public void Illegal_transitions_are_rejected_and_leave_the_status_unchanged()
    {
        var open = ComplaintLifecycle.Start();
        Assert.Throws<InvalidOperationException>(open.Resolve);
        Assert.Throws<InvalidOperationException>(open.StartWork);
        Assert.Throws<InvalidOperationException>(open.Close);
        Assert.Throws<InvalidOperationException>(() => open.RecordSatisfaction(true));
        Assert.Equal(ComplaintStatus.Open, open.Status);

        open.Acknowledge();
        Assert.Throws<InvalidOperationException>(open.Acknowledge);

        var closed = Resolved();
        closed.RecordSatisfaction(true);
        closed.Close();
        Assert.Throws<InvalidOperationException>(closed.StartWork);
        Assert.Throws<InvalidOperationException>(() => closed.RecordSatisfaction(false));
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
    }

    [Fact]
    public void Stored_lifecycle_cannot_be_closed_without_a_satisfied_answer()
    {
        Assert.Throws<ArgumentException>(() => ComplaintLifecycle.Restore(ComplaintStatus.Closed, null, 0));
        Assert.Throws<ArgumentException>(() => ComplaintLifecycle.Restore(ComplaintStatus.InProgress, true, 0));
        Assert.Equal(ComplaintStatus.Closed, ComplaintLifecycle.Restore(ComplaintStatus.Closed, true, 2).Status);
    }
}
