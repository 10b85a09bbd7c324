using Bot.Domain.Complaints;

namespace Bot.Dialogs.Tests.Complaints;

using static ComplaintFlows;
using static CustomerService;

public sealed class CheckComplaintTests
{
    [Theory]
    [InlineData("en-US", "The truck left Wuhan this morning.")]
    [InlineData("zh-CN", "货车今天上午已从武汉出发。")]
    public async Task An_open_complaint_is_told_with_its_status_promise_and_latest_update(string locale, string update)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint)
            .Changed(complaint, ComplaintChange.ProgressUpdated, c => c.AddUpdate(new ComplaintUpdate(Friday.AddMinutes(30), update, "Transport")))
            .AssertReply(a => Assert.NotNull(a.Text), "the proactive update")
            .Send(T("MenuCheck", locale)).AssertReply(C("AskReference", locale))
            .Send(Say(locale, "no idea", "不知道")).AssertReply(C("ReferenceRetry", locale))
            .Send(Say(locale, "it's cmp 2025 999999", "编号CMP-2025-999999")).AssertReply(C("ComplaintNotFound", locale, "CMP-2025-999999"))
            .Do("type the right reference", (_, _) => Task.CompletedTask)
            .StartTestAsync();

        await flow.Send(complaint.Reference!.ToString())
            .AssertReply(() => C("StatusLine", locale, complaint.Reference, C("Status.InProgress", locale), Shown(StoredComplaints.TuesdayAt13, locale)))
            .AssertReply(C("LatestUpdate", locale, Shown(Friday.AddMinutes(30), locale), update))
            .AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_reference_in_a_question_at_the_menu_is_answered_directly()
    {
        await using var flow = ComplaintFlow();
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint).StartTestAsync();
        await flow.Send($"what's the status of my complaint {complaint.Reference}?")
            .AssertReply(() => C("StatusLine", "en-US", complaint.Reference, C("Status.Open", "en-US"), Shown(StoredComplaints.TuesdayAt13, "en-US")))
            .AssertReply(C("NoUpdateYet", "en-US"))
            .AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task An_overdue_complaint_gets_an_apology_and_is_escalated(string locale)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint)
            .Do("the promise passes", (services, _) =>
            {
                Clock(services).Advance(TimeSpan.FromDays(5));
                return Task.CompletedTask;
            })
            .StartTestAsync();
        await flow.Send(T("MenuCheck", locale)).AssertReply(C("AskReference", locale))
            .Send(complaint.Reference!.ToString())
            .AssertReply(() => C("OverdueApology", locale, complaint.Reference, Shown(StoredComplaints.TuesdayAt13, locale)))
            .AssertReply(C("NoUpdateYet", locale))
            .AssertReply(C("OverdueEscalated", locale))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the escalation", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                Assert.Equal(EscalationReason.Overdue, stored.EscalationReason);
                Assert.Equal(ComplaintStatus.Open, stored.Status);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "yes")]
    [InlineData("zh-CN", "满意")]
    public async Task A_resolved_complaint_is_closed_when_the_customer_is_satisfied(string locale, string yes)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint, inThisConversation: false)
            .Changed(complaint, ComplaintChange.Resolved, c => c.Resolve(StoredComplaints.Refund))
            .AssertNoMoreReplies()
            .StartTestAsync();
        await flow.Send(T("MenuCheck", locale)).AssertReply(C("AskReference", locale))
            .Send(complaint.Reference!.ToString())
            .AssertReply(() => C("StatusResolved", locale, complaint.Reference))
            .AssertReply(StoredComplaints.ResolutionShown(locale))
            .AssertReply(C("AskSatisfied", locale))
            .Send(Say(locale, "hmm", "随便")).AssertReply(C("SatisfiedRetry", locale))
            .Send(yes).AssertReply(() => C("ComplaintClosed", locale, complaint.Reference))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the closure", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                Assert.Equal(ComplaintStatus.Closed, stored.Status);
                Assert.True(stored.Lifecycle.SatisfiedWithResult);
                Assert.Equal(Friday, stored.ClosedAt);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "no")]
    [InlineData("zh-CN", "不满意")]
    public async Task A_resolved_complaint_is_reopened_and_escalated_when_the_customer_is_not_satisfied(string locale, string no)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint, inThisConversation: false)
            .Changed(complaint, ComplaintChange.Resolved, c => c.Resolve(StoredComplaints.Refund))
            .StartTestAsync();
        await flow.Send(T("MenuCheck", locale)).AssertReply(C("AskReference", locale))
            .Send(complaint.Reference!.ToString())
            .AssertReply(a => Assert.NotNull(a.Text), "the status").AssertReply(StoredComplaints.ResolutionShown(locale))
            .AssertReply(C("AskSatisfied", locale))
            .Send(no).AssertReply(() => C("ComplaintReopened", locale, complaint.Reference))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the reopening", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                Assert.Equal(ComplaintStatus.InProgress, stored.Status);
                Assert.Equal(1, stored.Lifecycle.ReopenCount);
                Assert.Null(stored.Resolution);
                Assert.Equal(EscalationReason.NotSatisfiedWithResolution, stored.EscalationReason);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_closed_complaint_is_told_as_closed()
    {
        await using var flow = ComplaintFlow("zh-CN");
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint, inThisConversation: false)
            .Changed(complaint, ComplaintChange.Resolved, c =>
            {
                c.Resolve(StoredComplaints.Refund);
                c.RecordSatisfaction(true, Friday);
            })
            .StartTestAsync();
        await flow.Send(complaint.Reference!.ToString())
            .AssertReply(() => C("StatusClosed", "zh-CN", complaint.Reference, Shown(Friday, "zh-CN")))
            .AssertMenuAgain("zh-CN").AssertNoMoreReplies()
            .StartTestAsync();
    }
}
