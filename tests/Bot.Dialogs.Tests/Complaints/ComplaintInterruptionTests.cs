using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tests.Complaints;

using static ComplaintFlows;
using static CustomerService;

// Interruptions in the middle of the intake: help, cancel, a tracking number, a language switch, a host restart.
public sealed class ComplaintInterruptionTests
{
    private static DialogTestFlowSteps AtPhone(string locale) => flow => flow.Greeted()
        .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
        .Send(Say(locale, "My parcel is very late", "我的包裹延误了好几天")).AssertReply(C("AskWaybill", locale))
        .Send(LateGeneral).AssertReply(C("AskPhone", locale));

    [Theory]
    [InlineData("en-US", "help")]
    [InlineData("zh-CN", "帮助")]
    public async Task Help_mid_complaint_explains_the_question_and_asks_it_again(string locale, string help)
    {
        await using var flow = ComplaintFlow(locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(help).AssertReply(C("Help.Description", locale)).AssertReply(C("AskDescription", locale)).AssertNoMoreReplies()
            .Send(Say(locale, "My parcel is very late", "我的包裹延误了好几天")).AssertReply(C("AskWaybill", locale))
            .Send(help).AssertReply(C("Help.Waybill", locale)).AssertReply(C("AskWaybill", locale)).AssertNoMoreReplies()
            .Send(LateGeneral).AssertReply(C("AskPhone", locale))
            .Send(help).AssertReply(C("Help.Phone", locale)).AssertReply(C("AskPhone", locale)).AssertNoMoreReplies()
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .Send(help).AssertReply(C("Help.Category", locale)).AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "cancel", "yes")]
    [InlineData("zh-CN", "取消", "是")]
    public async Task Cancel_after_answers_asks_first_then_returns_to_the_menu(string locale, string cancel, string yes)
    {
        await using var flow = ComplaintFlow(locale);

        await AtPhone(locale)(flow)
            .Send(cancel).AssertReply(Interruption("CancelConfirm", locale))
            .Send(yes).AssertReply(Interruption("Cancelled", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Declined_cancel_continues_at_the_same_question()
    {
        await using var flow = ComplaintFlow();

        await AtPhone("en-US")(flow)
            .Send("cancel").AssertReply(Interruption("CancelConfirm", "en-US"))
            .Send("no").AssertReply(Interruption("CancelDeclined", "en-US")).AssertReply(C("AskPhone", "en-US"))
            .Send("13800138000").AssertReply(C("CategoryConfirm", "en-US", C("Category.Delay", "en-US")))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "where is RA123456789CN?")]
    [InlineData("zh-CN", "RA123456789CN到哪了")]
    public async Task A_tracking_number_mid_complaint_is_answered_and_the_complaint_goes_on(string locale, string text)
    {
        await using var flow = ComplaintFlow(locale);

        await AtPhone(locale)(flow)
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .Send(text).AssertReply(a => Assert.Contains(KeyAccountDelivered, a.Text, StringComparison.Ordinal), "a short status of RA123456789CN")
            .AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale))).AssertNoMoreReplies()
            .Send(Say(locale, "yes", "是")).AssertReply(a => Assert.Contains(LateGeneral, a.Text, StringComparison.Ordinal), "the restatement")
            .StartTestAsync();
    }

    [Fact]
    public async Task Switching_to_chinese_mid_complaint_asks_the_same_question_in_chinese()
    {
        await using var flow = ComplaintFlow();

        await AtPhone("en-US")(flow)
            .Send("中文").AssertReply(Interruption("LanguageSwitched", "zh-CN")).AssertReply(C("AskPhone", "zh-CN"))
            .Send("打我电话").AssertReply(C("PhoneRetry", "zh-CN"))
            .Send("13800138000").AssertReply(C("CategoryConfirm", "zh-CN", C("Category.Delay", "zh-CN")))
            .StartTestAsync();
    }

    [Fact]
    public async Task Switching_to_english_mid_complaint_asks_the_same_question_in_english()
    {
        await using var flow = ComplaintFlow("zh-CN");

        await AtPhone("zh-CN")(flow)
            .Send("English").AssertReply(Interruption("LanguageSwitched", "en-US")).AssertReply(C("AskPhone", "en-US"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Host_restart_mid_complaint_continues_at_the_same_question()
    {
        await using var flow = ComplaintFlow();
        await AtPhone("en-US")(flow).StartTestAsync();

        await using var restarted = flow.RestartHost();
        await restarted.Send("13800138000").AssertReply(C("CategoryConfirm", "en-US", C("Category.Delay", "en-US")))
            .Send("yes").AssertReply(a => Assert.Contains(LateGeneral, a.Text, StringComparison.Ordinal), "the restatement")
            .StartTestAsync();
    }

    [Fact]
    public async Task No_at_the_confirmation_goes_through_the_questions_again()
    {
        await using var flow = ComplaintFlow();

        await AtPhone("en-US")(flow)
            .Send("13800138000").AssertReply(C("CategoryConfirm", "en-US", C("Category.Delay", "en-US")))
            .Send("yes").AssertReply(a => Assert.Contains(LateGeneral, a.Text, StringComparison.Ordinal), "the restatement")
            .Send("no").AssertReply(C("ComplaintAgain", "en-US")).AssertReply(C("AskDescription", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_teams_contact_of_the_shipments_customer_is_offered_the_phone_on_file()
    {
        await using var flow = ComplaintFlow(channelId: Channels.MsTeams);

        await flow.Send(FromTeams("Make a complaint", KeyAccountContact))
            .AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send(FromTeams("The goods arrived damaged", KeyAccountContact)).AssertReply(C("AskWaybill", "en-US"))
            .Send(FromTeams(KeyAccountDelivered, KeyAccountContact)).AssertReply(C("ProposePhone", "en-US", "13800138000"))
            .Send(FromTeams("yes", KeyAccountContact)).AssertReply(C("CategoryConfirm", "en-US", C("Category.DamageOrDeterioration", "en-US")))
            .StartTestAsync();
    }

    [Fact]
    public async Task Anyone_else_on_teams_is_asked_for_a_phone()
    {
        await using var flow = ComplaintFlow(channelId: Channels.MsTeams);

        await flow.Send(FromTeams("Make a complaint", "00000000-0000-0000-0000-000000000001"))
            .AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send(FromTeams("The goods arrived damaged", "00000000-0000-0000-0000-000000000001")).AssertReply(C("AskWaybill", "en-US"))
            .Send(FromTeams(KeyAccountDelivered, "00000000-0000-0000-0000-000000000001")).AssertReply(C("AskPhone", "en-US"))
            .StartTestAsync();
    }
}
