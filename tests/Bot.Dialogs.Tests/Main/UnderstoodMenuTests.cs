namespace Bot.Dialogs.Tests.Main;

using static CustomerService;
using static OtherTexts;

// Free text at the menu goes through the real offline language understanding and is routed by what it means.
public sealed class UnderstoodMenuTests
{
    [Fact]
    public async Task Every_tracking_number_in_a_sentence_at_the_menu_is_answered()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("my parcel RA123456789CN and SF1234567890123 haven't arrived")
            .AssertReplyContains("RA123456789CN").AssertReplyContains("SF1234567890123").AssertReply(Tracking("FollowUpAttention", "en-US"))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "the box arrived smashed, I want compensation")]
    [InlineData("zh-CN", "箱子被摔坏了，我要索赔")]
    public async Task A_complaint_in_the_customers_words_starts_the_complaint(string locale, string text)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            // The customer's words already describe the problem: the complaint goes on to the waybill.
            .Send(text).AssertReply(Complaint("ComplaintApology", locale)).AssertReply(Complaint("AskWaybill", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("I'll call my lawyer")]
    [InlineData("I'm going to the newspapers with this")]
    public async Task An_escalation_signal_takes_the_path_to_a_person(string text)
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send(text).AssertReply(T("NoAgents", "en-US")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Thanks_and_goodbye_is_answered_with_a_goodbye_and_no_menu()
    {
        await using var flow = Flow("zh-CN");

        await flow.Greeted()
            .Send("谢谢，再见").AssertReply(T("Goodbye", "zh-CN")).AssertNoMoreReplies()
            .Send("查询快件").AssertReply(T("AskTrackingNumber", "zh-CN")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Checking_a_complaint_with_its_reference_is_answered_directly()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("what's the status of my complaint CMP-2024-000123?")
            .AssertReply(Complaint("ComplaintNotFound", "en-US", "CMP-2024-000123")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Asking_to_track_without_a_number_asks_for_it()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("when will it arrive?").AssertReply(T("AskTrackingNumber", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_first_message_that_files_a_complaint_starts_it_without_the_welcome()
    {
        await using var flow = Flow();

        await flow.Send("the box arrived smashed, I want compensation")
            .AssertReply(Complaint("ComplaintApology", "en-US")).AssertReply(Complaint("AskWaybill", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "I'd like to leave some feedback")]
    [InlineData("en-US", "Can I rate the service?")]
    public async Task Feedback_is_thanked_and_pointed_to_a_complaint_and_is_not_a_misunderstanding(string locale, string text)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send("qwzx").AssertReply(T("OutOfScope", locale)).AssertMenuAgain()
            .Send(text).AssertReply(T("FeedbackThanks", locale)).AssertMenuAgain()
            .Send("qwzx").AssertReply(T("OutOfScope", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }
}
