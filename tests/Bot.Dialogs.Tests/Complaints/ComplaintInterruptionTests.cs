using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tests.Complaints;

using static CustomerService;

public sealed class ComplaintInterruptionTests
{
    [Theory]
    [InlineData("en-US", "where is RA123456789CN?")]
    [InlineData("zh-CN", "RA123456789CN到哪了")]
    public async Task Tracking_number_mid_complaint_is_answered_and_the_complaint_goes_on(string locale, string text)
    {
        await using var flow = Flow(locale);

        await flow.AtParcelsQuestion()
            .Send(text).AssertReply(T("TrackingNoted", locale, "RA123456789CN")).AssertReply(T("AskParcels", locale)).AssertNoMoreReplies()
            .Send("2").AssertReply(T("AskWhen", locale))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_tracking_number_inside_the_description_is_part_of_the_description()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(T("ComplaintApology", "en-US")).AssertReply(T("AskDescription", "en-US"))
            .Send("RA123456789CN arrived torn").AssertReply(T("AskParcels", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "cancel", "yes")]
    [InlineData("zh-CN", "取消", "是")]
    public async Task Cancel_after_answers_asks_first_then_returns_to_the_menu(string locale, string cancel, string yes)
    {
        await using var flow = Flow(locale);

        await flow.AtParcelsQuestion()
            .Send(cancel).AssertReply(Interruption("CancelConfirm", locale))
            .Send(yes).AssertReply(Interruption("Cancelled", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Declined_cancel_continues_at_the_same_question()
    {
        await using var flow = Flow();

        await flow.AtParcelsQuestion()
            .Send("cancel").AssertReply(Interruption("CancelConfirm", "en-US"))
            .Send("no").AssertReply(Interruption("CancelDeclined", "en-US")).AssertReply(T("AskParcels", "en-US"))
            .Send("2").AssertReply(T("AskWhen", "en-US"))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "help")]
    [InlineData("zh-CN", "帮助")]
    public async Task Help_mid_complaint_explains_the_question_and_asks_it_again(string locale, string help)
    {
        await using var flow = Flow(locale);

        await flow.AtParcelsQuestion()
            .Send(help).AssertReply(T("HelpParcels", locale)).AssertReply(T("AskParcels", locale)).AssertNoMoreReplies()
            .Send("2").AssertReply(T("AskWhen", locale))
            .Send(help).AssertReply(T("HelpWhen", locale)).AssertReply(T("AskWhen", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Language_switch_mid_complaint_asks_the_same_question_translated()
    {
        await using var flow = Flow();

        await flow.AtParcelsQuestion()
            .Send("中文").AssertReply(Interruption("LanguageSwitched", "zh-CN")).AssertReply(T("AskParcels", "zh-CN"))
            .Send("两件").AssertReply(T("AskWhen", "zh-CN"))
            .Send("紫色").AssertReply(T("WhenRetry", "zh-CN"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Start_over_mid_complaint_returns_to_the_menu()
    {
        await using var flow = Flow();

        await flow.AtParcelsQuestion()
            .Send("start over").AssertReply(Interruption("StartingOver", "en-US")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Client_changing_its_locale_mid_complaint_gets_the_retry_in_the_new_language()
    {
        await using var flow = Flow();

        await flow.AtParcelsQuestion()
            .Send(new Activity { Type = ActivityTypes.Message, Text = "很多", Locale = "zh-CN" }).AssertReply(T("ParcelsRetry", "zh-CN"))
            .Send(new Activity { Type = ActivityTypes.Message, Text = "帮助", Locale = "zh-CN" }).AssertReply(T("HelpParcels", "zh-CN"))
            .AssertReply(T("AskParcels", "zh-CN"))
            .StartTestAsync();
    }
}
