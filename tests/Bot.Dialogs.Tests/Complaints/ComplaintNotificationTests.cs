using Bot.Domain.Complaints;

namespace Bot.Dialogs.Tests.Complaints;

using static ComplaintFlows;
using static CustomerService;

// Proactive messages about a complaint (R5): progress, escalation, and the resolution with its closure question, which
// comes over whatever the customer is doing and hands back to it.
public sealed class ComplaintNotificationTests
{
    [Theory]
    [InlineData("en-US", "The truck left Wuhan this morning.")]
    [InlineData("zh-CN", "货车今天上午已从武汉出发。")]
    public async Task A_progress_update_reaches_the_conversation_proactively(string locale, string update)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint)
            .Changed(complaint, ComplaintChange.ProgressUpdated, c => c.AddUpdate(new ComplaintUpdate(Friday, update, "Transport")))
            .AssertReply(() => C("ProgressNotice", locale, complaint.Reference, update))
            .AssertNoMoreReplies()
            .Send(T("MenuTrack", locale)).AssertReply(a => Assert.NotNull(a.Text), "the menu still works")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_escalation_is_told_in_the_complaints_language()
    {
        await using var flow = ComplaintFlow("zh-CN");
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint)
            .Changed(complaint, ComplaintChange.Escalated, c => c.Escalate(EscalationReason.Overdue))
            .AssertReply(() => C("EscalatedNotice", "zh-CN", complaint.Reference))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_complaint_without_a_conversation_is_not_told_anywhere()
    {
        await using var flow = ComplaintFlow();
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint, inThisConversation: false)
            .Changed(complaint, ComplaintChange.ProgressUpdated, c => c.AddUpdate(new ComplaintUpdate(Friday, "Found it", "Warehouse")))
            .Resolved(complaint)
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "yes")]
    [InlineData("zh-CN", "满意")]
    public async Task A_resolution_at_the_idle_menu_asks_the_closure_question_then_the_menu_again(string locale, string yes)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint).Resolved(complaint)
            .AssertReply(() => C("ResolvedNotice", locale, complaint.Reference))
            .AssertReply(StoredComplaints.ResolutionShown(locale))
            .AssertReply(C("AskSatisfied", locale)).AssertSuggestedActions(C("SatisfiedYes", locale), C("SatisfiedNo", locale))
            .AssertNoMoreReplies()
            .Send(yes).AssertReply(() => C("ComplaintClosed", locale, complaint.Reference))
            .AssertReply(T("Welcome", locale, BotName)).AssertSuggestedActions(Menu(locale)).AssertNoMoreReplies()
            .Do("check the closure", async (services, ct) =>
                Assert.Equal(ComplaintStatus.Closed, (await complaint.LoadAsync(services, ct)).Status))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "no")]
    [InlineData("zh-CN", "不满意")]
    public async Task A_resolution_mid_another_complaint_asks_the_closure_question_then_the_interrupted_question(string locale, string no)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint)
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(Say(locale, "Another parcel is very late", "另一个包裹也延误了好几天")).AssertReply(C("AskWaybill", locale))
            .Send(LateGeneral).AssertReply(C("AskPhone", locale))
            .Resolved(complaint)
            .AssertReply(() => C("ResolvedNotice", locale, complaint.Reference))
            .AssertReply(StoredComplaints.ResolutionShown(locale))
            .AssertReply(C("AskSatisfied", locale)).AssertNoMoreReplies()
            .Send(no).AssertReply(() => C("ComplaintReopened", locale, complaint.Reference))
            .AssertReply(C("AskPhone", locale)).AssertNoMoreReplies()
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .Do("check the reopening", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                Assert.Equal(ComplaintStatus.InProgress, stored.Status);
                Assert.Equal(EscalationReason.NotSatisfiedWithResolution, stored.EscalationReason);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_resolution_while_tracking_asks_the_closure_question_then_the_tracking_question()
    {
        await using var flow = ComplaintFlow();
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint)
            .Send("Track a shipment").AssertReply(T("AskTrackingNumber", "en-US"))
            .Resolved(complaint)
            .AssertReply(() => C("ResolvedNotice", "en-US", complaint.Reference))
            .AssertReply(StoredComplaints.ResolutionShown("en-US"))
            .AssertReply(C("AskSatisfied", "en-US"))
            .Send("yes").AssertReply(() => C("ComplaintClosed", "en-US", complaint.Reference))
            .AssertReply(T("AskTrackingNumber", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_resolution_after_goodbye_asks_the_closure_question_without_a_welcome()
    {
        await using var flow = ComplaintFlow();
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint)
            .Send("thanks, bye").AssertReply(T("Goodbye", "en-US")).AssertNoMoreReplies()
            .Resolved(complaint)
            .AssertReply(() => C("ResolvedNotice", "en-US", complaint.Reference))
            .AssertReply(StoredComplaints.ResolutionShown("en-US"))
            .AssertReply(C("AskSatisfied", "en-US")).AssertNoMoreReplies()
            .Send("yes").AssertReply(() => C("ComplaintClosed", "en-US", complaint.Reference))
            .AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_second_resolution_while_the_closure_question_waits_is_left_for_later()
    {
        await using var flow = ComplaintFlow();
        var first = new ComplaintHolder();
        var second = new ComplaintHolder();

        await flow.Greeted().Stored(first).Stored(second).Resolved(first)
            .AssertReply(() => C("ResolvedNotice", "en-US", first.Reference)).AssertReply(StoredComplaints.ResolutionShown("en-US"))
            .AssertReply(C("AskSatisfied", "en-US"))
            .Resolved(second)
            .AssertReply(() => C("ResolvedNotice", "en-US", second.Reference))
            .AssertReply(() => C("ClosureLater", "en-US", second.Reference)).AssertNoMoreReplies()
            .Send("yes").AssertReply(() => C("ComplaintClosed", "en-US", first.Reference))
            .AssertReply(T("Welcome", "en-US", BotName)).AssertNoMoreReplies()
            .StartTestAsync();
        await flow.Send(second.Reference!.ToString())
            .AssertReply(C("StatusResolved", "en-US", second.Reference)).AssertReply(StoredComplaints.ResolutionShown("en-US"))
            .AssertReply(C("AskSatisfied", "en-US"))
            .Send("not satisfied").AssertReply(C("ComplaintReopened", "en-US", second.Reference))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_resolution_brings_the_survey_after_a_satisfied_answer_when_surveys_are_on()
    {
        await using var flow = ComplaintFlow(settings: new Dictionary<string, string?> { ["Surveys:AfterComplaintRate"] = "1" });
        var complaint = new ComplaintHolder();

        await flow.Greeted().Stored(complaint).Resolved(complaint)
            .AssertReply(() => C("ResolvedNotice", "en-US", complaint.Reference)).AssertReply(StoredComplaints.ResolutionShown("en-US"))
            .AssertReply(C("AskSatisfied", "en-US"))
            .Send("yes").AssertReply(() => C("ComplaintClosed", "en-US", complaint.Reference))
            .AssertReply(a => Assert.Equal(S("SurveyConsent", "en-US"), a.Text), "the survey's first question")
            .StartTestAsync();
    }
}
