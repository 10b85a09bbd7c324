
namespace Bot.Dialogs.Tests.Main;

using static CustomerService;
using static Surveys.SurveyFlows;

// After two messages in a row the menu did not understand, a person is offered (DOMAIN.md §10 R8, R10).
public sealed class PersonOfferTests
{
    [Theory]
    [InlineData("en-US", "qwzx", "zzz")]
    [InlineData("zh-CN", "qwzx", "哈哈哈哈")]
    public async Task Two_misunderstandings_in_a_row_offer_a_person_with_two_buttons(string locale, string first, string second)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send(first).AssertReply(T("OutOfScope", locale)).AssertMenuAgain()
            .Send(second).AssertReply(T("OutOfScope", locale)).AssertOffer(locale).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Talk to a person")]
    [InlineData("en-US", "yes please")]
    [InlineData("zh-CN", "转人工客服")]
    [InlineData("zh-CN", "好的")]
    public async Task Accepting_the_offer_says_honestly_no_agent_can_join_yet_and_returns_to_the_menu(string locale, string answer)
    {
        await using var flow = Flow(locale);

        await flow.Greeted().Misunderstood(2)
            .Send(answer).AssertReply(T("NoAgents", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "No, continue")]
    [InlineData("zh-CN", "不用，继续")]
    [InlineData("zh-CN", "不")]
    public async Task Declining_the_offer_carries_on_and_counting_starts_again(string locale, string answer)
    {
        await using var flow = Flow(locale);

        await flow.Greeted().Misunderstood(2)
            .Send(answer).AssertReply(T("OfferDeclined", locale)).AssertMenuAgain()
            .Send("qwzx").AssertReply(T("OutOfScope", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .Send("qwzx").AssertReply(T("OutOfScope", locale)).AssertOffer(locale).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "hello", null)]
    [InlineData("en-US", "help", "HelpMenu")]
    [InlineData("zh-CN", "你好", null)]
    [InlineData("zh-CN", "帮助", "HelpMenu")]
    public async Task An_understood_message_in_between_resets_the_count(string locale, string understood, string? answer)
    {
        await using var flow = Flow(locale);

        flow.Greeted().Send("qwzx").AssertReply(T("OutOfScope", locale)).AssertMenuAgain().Send(understood);
        if (answer is not null)
        {
            flow.AssertReply(T(answer, locale));
        }
        await flow.AssertMenuAgain()
            .Send("qwzx").AssertReply(T("OutOfScope", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Nonsense_and_a_message_without_text_both_count()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send(Photo()).AssertReply(T("MenuRetry", "en-US"))
            .Send("qwzx").AssertReply(T("OutOfScope", "en-US")).AssertOffer("en-US").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task The_number_of_misunderstandings_before_the_offer_is_configurable()
    {
        await using var flow = Bot(settings: new Dictionary<string, string?> { ["CustomerService:MisunderstandingsBeforeOffer"] = "3" });

        await flow.Greeted()
            .Send("qwzx").AssertReply(T("OutOfScope", "en-US")).AssertMenuAgain()
            .Send("qwzx").AssertReply(T("OutOfScope", "en-US")).AssertMenuAgain()
            .Send("qwzx").AssertReply(T("OutOfScope", "en-US")).AssertOffer("en-US").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_configured_contact_is_told_when_no_agent_can_join()
    {
        await using var flow = Bot(main: o => o.Contact = "400-800-8000");

        await flow.Greeted()
            .Send("agent").AssertReply(T("NoAgentsContact", "en-US", "400-800-8000")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Help_and_nonsense_at_the_offer_ask_it_again(string locale)
    {
        await using var flow = Flow(locale);

        await flow.Greeted().Misunderstood(2)
            .Send(Say(locale, "help", "帮助")).AssertReply(T("HelpOfferPerson", locale)).AssertOffer(locale)
            .Send("qwzx").AssertReply(T("OfferPersonRetry", locale)).AssertSuggestedActions(T("OfferPersonYes", locale), T("OfferPersonNo", locale))
            .Send("qwzx").AssertReply(T("OfferPersonRetry", locale))
            .Send("qwzx").AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task The_offer_follows_the_language_the_customer_writes_in()
    {
        await using var flow = Flow();

        await flow.Greeted().Misunderstood(2)
            .Send("哈哈哈哈").AssertReply(T("OfferPersonRetry", "zh-CN"))
            .AssertSuggestedActions(T("OfferPersonYes", "zh-CN"), T("OfferPersonNo", "zh-CN"))
            .Send("转人工客服").AssertReply(T("NoAgents", "zh-CN")).AssertMenuAgain("zh-CN").AssertNoMoreReplies()
            .StartTestAsync();
    }
}
