using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;
using static TrackingFlows;

// Privacy (DOMAIN.md R22): the receiver, the address and who signed only after the last four digits of a phone on the
// shipment, or for a Teams user who is a known contact of the owning customer.
public sealed class DeliveryDetailsTests
{
    [Theory]
    [InlineData("en-US", "7788")]
    [InlineData("zh-CN", "尾号７７８８")]
    public async Task Wrong_digits_get_a_polite_retry_and_the_right_ones_show_the_details(string locale, string rightDigits)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Delivered).AssertReply(reply => Assert.DoesNotContain("世纪大道", Everything(reply)))
            .AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send(TT("ActionDetails", locale)).AssertReply(TT("AskDigits", locale))
            .Send("0000").AssertReply(TT("DigitsMismatchRetry", locale))
            .Send(Say(locale, "no idea", "不知道")).AssertReply(TT("DigitsFormatRetry", locale))
            .Send(rightDigits).AssertReply(TT("DetailsVerified", locale))
            .AssertReply(reply =>
            {
                var everything = Everything(reply);
                Assert.Contains(TT("FactLine", locale, TT("LabelReceiver", locale), "Zhou Qiang 周强"), reply.Text);
                Assert.Contains(TT("FactLine", locale, TT("LabelAddress", locale), "上海市浦东新区世纪大道 100 号 12 楼"), reply.Text);
                Assert.Contains(TT("FactLine", locale, TT("LabelSignedBy", locale), "Zhou Qiang 周强 (front desk 前台)"), reply.Text);
                Assert.Contains("世纪大道", CardOf(reply));
                Assert.DoesNotContain("7788", everything);
                Assert.DoesNotContain("1650", everything);
            }, "the delivery details")
            .AssertFollowUp("FollowUpAsk", "Done").AssertNoMoreReplies()
            // Remembered for the rest of the conversation: asked again, the answer has the details at once.
            .Send(Delivered).AssertReply(reply => Assert.Contains("世纪大道", reply.Text))
            .AssertFollowUp("FollowUpAsk", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_shippers_digits_prove_the_link_too()
    {
        await using var flow = TrackingFlow();

        await flow.Greeted()
            .Send(Delivered).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send("details").AssertReply(TT("AskDigits", "en-US"))
            .Send(DeliveredShipperDigits).AssertReply(TT("DetailsVerified", "en-US"))
            .AssertReply(reply => Assert.Contains("世纪大道", reply.Text))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Too_many_wrong_answers_show_no_details_offer_a_person_and_are_not_asked_again(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Delivered).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send(TT("ActionDetails", locale)).AssertReply(TT("AskDigits", locale))
            .Send("0000").AssertReply(TT("DigitsMismatchRetry", locale))
            .Send("1111").AssertReply(TT("DigitsMismatchRetry", locale))
            .Send("2222").AssertReply(TT("DetailsUnavailable", locale))
            .AssertFollowUp("FollowUpAsk", "Person", "Done")
            .Send(TT("ActionDetails", locale)).AssertReply(TT("DetailsUnavailable", locale))
            .AssertFollowUp("FollowUpAsk", "Person", "Done")
            .Send(Delivered).AssertReply(reply =>
            {
                Assert.DoesNotContain("世纪大道", Everything(reply));
                Assert.DoesNotContain(TT("DetailsHint", locale), Everything(reply));
            }, "the answer without details nor the offer to see them")
            .AssertFollowUp("FollowUpAsk", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_Teams_user_who_is_a_known_contact_of_the_owner_sees_the_details_without_a_question()
    {
        await using var flow = TrackingFlow("en-US", Channels.MsTeams);

        await flow
            .Send(FromTeams("where is RA123456789CN", KeyAccountContact)).AssertReply(reply =>
            {
                // In Teams the card stands alone; its summary (notifications) says the same as the card.
                Assert.Null(reply.Text);
                Assert.Contains(TT("FactLine", "en-US", TT("LabelSignedBy", "en-US"), "Zhou Qiang 周强 (front desk 前台)"), reply.Summary);
                Assert.Contains("Zhou Qiang 周强 (front desk 前台)", CardOf(reply));
                Assert.Contains("世纪大道", CardOf(reply));
                Assert.DoesNotContain(TT("DetailsHint", "en-US"), Everything(reply));
            }, "the answer with details")
            .AssertFollowUp("FollowUpAsk", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_Teams_user_who_is_not_a_contact_of_the_owner_is_asked_like_anyone()
    {
        await using var flow = TrackingFlow("en-US", Channels.MsTeams);

        await flow
            .Send(FromTeams("where is RA123456789CN", "0b7e5a1c-2f4d-4e8a-9c3b-5d6e7f8a9b0c")).AssertReply(reply =>
            {
                Assert.DoesNotContain("世纪大道", Everything(reply));
                Assert.Contains(TT("DetailsHint", "en-US"), CardOf(reply));
            }, "the answer without details")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "help")]
    [InlineData("zh-CN", "帮助")]
    public async Task Help_at_the_digits_question_explains_it_and_asks_again(string locale, string help)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Delivered).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send(TT("ActionDetails", locale)).AssertReply(TT("AskDigits", locale))
            .Send(help).AssertReply(TT("HelpDigits", locale)).AssertReply(TT("AskDigits", locale))
            .Send(DeliveredConsigneeDigits).AssertReply(TT("DetailsVerified", locale))
            .StartTestAsync();
    }

    [Fact]
    public async Task Switching_to_Chinese_at_the_digits_question_asks_it_again_in_Chinese()
    {
        await using var flow = TrackingFlow("en-US");

        await flow.Greeted()
            .Send(Delivered).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send("See delivery details").AssertReply(TT("AskDigits", "en-US"))
            .Send("中文").AssertReply(Interruption("LanguageSwitched", "zh-CN")).AssertReply(TT("AskDigits", "zh-CN"))
            .Send("7788").AssertReply(TT("DetailsVerified", "zh-CN"))
            .AssertReply(reply => Assert.Contains(TT("LabelAddress", "zh-CN"), reply.Text))
            .AssertFollowUpIn("zh-CN", "FollowUpAsk", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "talk to a person")]
    [InlineData("zh-CN", "转人工")]
    public async Task Asking_for_a_person_at_the_digits_question_hands_off_without_details(string locale, string person)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Delivered).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send(TT("ActionDetails", locale)).AssertReply(TT("AskDigits", locale))
            .Send(person).AssertReply(T("NoAgents", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "cancel")]
    [InlineData("zh-CN", "取消")]
    public async Task Cancel_at_the_digits_question_goes_back_to_the_menu_without_details(string locale, string cancel)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Delivered).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send(TT("ActionDetails", locale)).AssertReply(TT("AskDigits", locale))
            .Send(cancel).AssertReply(Interruption("Cancelled", locale)).AssertMenuAgain()
            .StartTestAsync();
    }
}
