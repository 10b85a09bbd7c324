namespace Bot.Dialogs.Tests.Main;

using static CustomerService;
using static OtherTexts;

public sealed class MenuTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task New_conversation_is_welcomed_with_the_menu_as_suggested_actions(string locale)
    {
        await using var flow = Flow(locale);

        await flow.Greeted().AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task Menu_becomes_a_card_where_the_channel_has_no_room_for_four_suggested_actions()
    {
        await using var flow = Flow(channelId: "msteams");

        await flow.SendConversationUpdate().AssertReply(a => Assert.Null(a.Text)).AssertAttachment("application/vnd.microsoft.card.hero")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "where is my parcel?")]
    [InlineData("zh-CN", "我的快递在哪里")]
    public async Task First_message_that_asks_for_tracking_starts_tracking(string locale, string text)
    {
        await using var flow = Flow(locale);

        await flow.Send(text).AssertReply(T("AskTrackingNumber", locale)).AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "hi, where is RA123456789CN?")]
    [InlineData("zh-CN", "帮我查一下RA123456789CN到哪了")]
    public async Task First_message_with_a_tracking_number_is_answered_without_the_welcome(string locale, string text)
    {
        await using var flow = Flow(locale);

        await flow.Send(text).AssertReplyContains("RA123456789CN").AssertReply(Tracking("FollowUpAsk", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "hello")]
    [InlineData("zh-CN", "你好")]
    public async Task First_message_that_picks_nothing_gets_the_welcome_and_the_menu(string locale, string text)
    {
        await using var flow = Flow(locale);

        await flow.Send(text).AssertReply(T("Welcome", locale, BotName)).AssertSuggestedActions(Menu(locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Nonsense_at_the_menu_gets_what_the_bot_can_do_and_the_menu_again(string locale)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send("qwzx").AssertReply(T("OutOfScope", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_message_without_text_at_the_menu_is_retried_and_the_second_offers_a_person(string locale)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send(Photo()).AssertReply(T("MenuRetry", locale)).AssertSuggestedActions(Menu(locale))
            .Send(Photo()).AssertReply(T("OfferPerson", locale)).AssertSuggestedActions(T("OfferPersonYes", locale), T("OfferPersonNo", locale))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Talk to a person")]
    [InlineData("zh-CN", "转人工")]
    public async Task Asking_for_a_person_in_the_middle_of_a_task_hands_off_and_returns_to_the_menu(string locale, string text)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(Complaint("ComplaintApology", locale)).AssertReply(Complaint("AskDescription", locale))
            .Send(text).AssertReply(T("NoAgents", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .Send(text).AssertReply(T("NoAgents", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_at_the_menu_explains_it_and_asks_again()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("help").AssertReply(T("HelpMenu", "en-US")).AssertReply(T("Welcome", "en-US", BotName)).AssertSuggestedActions(Menu("en-US"))
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task Switching_language_at_the_menu_translates_the_question_and_the_buttons()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("中文").AssertReply(Interruption("LanguageSwitched", "zh-CN"))
            .AssertReply(T("Welcome", "zh-CN", BotName)).AssertSuggestedActions(Menu("zh-CN"))
            .Send("查询快件").AssertReply(T("AskTrackingNumber", "zh-CN")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_at_a_step_without_answers_ends_the_task_and_shows_the_menu()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("Track a shipment").AssertReply(T("AskTrackingNumber", "en-US"))
            .Send("cancel").AssertReply(Interruption("Cancelled", "en-US")).AssertMenuAgain().AssertNoMoreReplies()
            .Send("Check a complaint").AssertReply(Complaint("AskReference", "en-US"))
            .StartTestAsync();
    }
}
