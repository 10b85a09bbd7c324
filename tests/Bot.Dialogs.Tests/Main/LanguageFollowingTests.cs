namespace Bot.Dialogs.Tests.Main;

using static CustomerService;
using static OtherTexts;

// Without an explicit choice the bot answers in the language the customer writes in (see LocaleResolver).
public sealed class LanguageFollowingTests
{
    [Fact]
    public async Task Chinese_at_an_english_menu_gets_a_chinese_menu_and_clear_english_switches_back()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("你好").AssertMenuAgain("zh-CN")
            .Send("SF1234567890123").AssertReplyContains("SF1234567890123").AssertReply(Tracking("FollowUpAttention", "zh-CN"))
            .Send("hello there").AssertReply(Tracking("FollowUpRetry", "en-US"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Nonsense_in_chinese_is_answered_in_chinese()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("哈哈哈哈").AssertReply(T("OutOfScope", "zh-CN")).AssertMenuAgain("zh-CN").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_of_a_task_follows_when_the_customer_answers_in_the_other_language()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(Complaint("ComplaintApology", "en-US")).AssertReply(Complaint("AskDescription", "en-US"))
            .Send("快递员对我很没礼貌").AssertReply(Complaint("AskWaybill", "zh-CN"))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_explicit_choice_of_language_wins_over_the_language_written_in()
    {
        await using var flow = Flow("zh-CN");

        await flow.Greeted()
            .Send("English").AssertReply(Interruption("LanguageSwitched", "en-US")).AssertReply(T("Welcome", "en-US", BotName))
            .Send("你好").AssertMenuAgain("en-US").AssertNoMoreReplies()
            .StartTestAsync();
    }
}
