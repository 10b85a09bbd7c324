using Bot.Dialogs.Main;
using Bot.Dialogs.Surveys;
using Bot.Domain.Surveys;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;
using static TrackingFlows;

// What the tracking dialog ends with after its answer: a complaint or a person for a late or exception shipment
// (the main loop starts that task), a survey request when the customer has their answer, nothing when nothing was found.
public sealed class TrackingFollowUpTests
{
    private static readonly LocalizedText Complaints =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.ComplaintStrings");

    [Theory]
    [InlineData("en-US", "Make a complaint")]
    [InlineData("en-US", "I want to complain about this")]
    [InlineData("zh-CN", "我要投诉")]
    [InlineData("zh-CN", "投诉")]
    public async Task A_late_shipment_leads_to_a_complaint_about_it(string locale, string answer)
    {
        await using var flow = Harness(locale);

        await flow
            .Send(LateInTransit).AssertReply(reply => Assert.Contains(TT("LateNote", locale, Say(locale, "Mar 3, 10:00 AM", "3月3日 10:00")), reply.Text))
            .AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .Send(answer).AssertReply(TrackingHarness.Result(new NextTask(MenuChoices.Complain, LateInTransit))).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Talk to a person")]
    [InlineData("en-US", "agent")]
    [InlineData("zh-CN", "转人工")]
    [InlineData("zh-CN", "人工客服")]
    public async Task An_exception_leads_to_a_person_for_that_shipment(string locale, string answer)
    {
        await using var flow = Harness(locale);

        await flow
            .Send(InException).AssertReply(_ => { })
            .AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .Send(answer).AssertReply(TrackingHarness.Result(new NextTask(MenuChoices.Human, InException))).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "That's all, thanks")]
    [InlineData("en-US", "no thanks")]
    [InlineData("zh-CN", "没有了，谢谢")]
    [InlineData("zh-CN", "不用了")]
    public async Task That_is_all_ends_the_tracking_with_a_survey_request_about_the_shipment(string locale, string answer)
    {
        await using var flow = Harness(locale);

        await flow
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send(answer).AssertReply(TrackingHarness.Result(new SurveyRequest(SurveyTrigger.AfterTracking, TrackingNumber: OutForDelivery)))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Nothing_found_ends_without_a_survey_request()
    {
        await using var flow = Harness();

        await flow
            .Send("SF9999999999999").AssertReply(_ => { }).AssertFollowUp("FollowUpUnknown", "Another", "Done")
            .Send("done").AssertReply(TrackingHarness.Result(null))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Nonsense_at_the_follow_up_is_asked_again_and_after_three_tries_the_dialog_gives_up(string locale)
    {
        await using var flow = Harness(locale);

        await flow
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send(Say(locale, "asdf qwer", "哈哈哈哈")).AssertReply(TT("FollowUpRetry", locale)).AssertSuggestedActions(Actions(locale, "Notify", "Details", "Done"))
            .Send("???!!").AssertReply(TT("FollowUpRetry", locale))
            .Send(Say(locale, "blue banana", "天气不错")).AssertReply(TrackingHarness.Result(TooManyAttempts.Instance))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_at_the_follow_up_explains_the_options_and_asks_again()
    {
        await using var flow = TrackingFlow("en-US");

        await flow.Greeted()
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send("help").AssertReply(TT("HelpFollowUp", "en-US")).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_follow_up_follows_a_switch_to_Chinese_with_its_buttons()
    {
        await using var flow = TrackingFlow("en-US");

        await flow.Greeted()
            .Send(InException).AssertReply(_ => { }).AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .Send("中文").AssertReply(Interruption("LanguageSwitched", "zh-CN"))
            .AssertFollowUpIn("zh-CN", "FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task Another_number_typed_at_the_follow_up_is_tracked_next()
    {
        await using var flow = TrackingFlow("en-US");

        await flow.Greeted()
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send("and 668812345678?").AssertReply(reply => Assert.StartsWith("668812345678: ", reply.Text))
            .AssertFollowUp("FollowUpAsk", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "cancel")]
    [InlineData("zh-CN", "取消")]
    public async Task Cancel_at_the_follow_up_goes_back_to_the_menu(string locale, string cancel)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send(cancel).AssertReply(Interruption("Cancelled", locale)).AssertMenuAgain()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task In_the_whole_conversation_a_person_for_a_late_shipment_is_handed_off_and_the_menu_follows(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(LateInTransit).AssertReply(_ => { }).AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .Send(TT("ActionPerson", locale)).AssertReply(T("NoAgents", locale)).AssertMenuAgain()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task In_the_whole_conversation_a_complaint_about_a_late_shipment_starts_at_once(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(LateInTransit).AssertReply(_ => { }).AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .Send(TT("ActionComplain", locale)).AssertReply(Complaint("ComplaintApology", locale)).AssertReply(Complaint("AskDescription", locale))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "let me know")]
    [InlineData("en-US", "Notify me")]
    [InlineData("zh-CN", "通知我")]
    [InlineData("zh-CN", "订阅")]
    public async Task Notify_me_in_either_language_subscribes_and_asks_what_else(string locale, string words)
    {
        await using var flow = Harness(locale);

        await flow
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send(words).AssertReply(TT("NotifySubscribed", locale, OutForDelivery)).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send(words).AssertReply(TT("NotifySubscribed", locale, OutForDelivery)).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Do("the conversation is subscribed once", async (services, ct) =>
            {
                var subscription = Assert.Single(await services.GetRequiredService<ITrackingSubscriptionStore>()
                    .ForShipmentAsync(TrackingNumber.Parse(OutForDelivery), ct));
                Assert.Equal(new ConversationAddress(flow.ChannelId, flow.ConversationId), subscription.Conversation);
                Assert.Equal(locale, subscription.Locale);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Notify_me_for_a_finished_journey_says_there_will_be_no_more_updates()
    {
        await using var flow = Harness();

        await flow
            .Send(Delivered).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send("notify me").AssertReply(TT("NotifyFinished", "en-US", Delivered)).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task In_the_whole_conversation_that_is_all_returns_to_the_menu(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Created).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send(TT("ActionDone", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    private static string Complaint(string name, string locale) => Complaints.Get(name, locale);
}
