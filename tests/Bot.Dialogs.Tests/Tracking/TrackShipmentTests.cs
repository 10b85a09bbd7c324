using Bot.Domain.Shipments;
using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;
using static TrackingFlows;

public sealed class TrackShipmentTests
{
    [Theory]
    [InlineData("en-US", "hi, where is my parcel SF1234567890123? it's been ages")]
    [InlineData("zh-CN", "你好，我的快递SF1234567890123到哪了？")]
    public async Task A_number_anywhere_in_free_text_gets_its_live_status(string locale, string text)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(text).AssertReply(reply =>
            {
                Assert.StartsWith(TT("SummaryLine", locale, LateInTransit, StageName(ShipmentStage.InTransit, locale)), reply.Text);
                Assert.Contains(TT("PlaceAndTime", locale, "Wuhan hub 武汉转运中心", Say(locale, "Mar 1, 4:00 AM (UTC+8)", "3月1日 04:00（UTC+8）")), reply.Text);
                Assert.Contains("Wuhan hub 武汉转运中心", CardOf(reply));
            }, "the status of SF1234567890123")
            .AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "RA123456789CN and 773012345678 please")]
    [InlineData("zh-CN", "帮我查一下 RA123456789CN 和 773012345678")]
    public async Task Two_numbers_at_once_get_one_answer_each_in_the_order_given(string locale, string text)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(text)
            .AssertReply(reply => Assert.StartsWith(TT("SummaryLine", locale, Delivered, StageName(ShipmentStage.Delivered, locale)), reply.Text))
            .AssertAttachment(ContentTypes.AdaptiveCard)
            .AssertReply(reply => Assert.StartsWith(TT("SummaryLine", locale, InException, StageName(ShipmentStage.Exception, locale)), reply.Text))
            .AssertAttachment(ContentTypes.AdaptiveCard)
            .AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Track a shipment", "it's SF1234567890123 I think")]
    [InlineData("zh-CN", "查询快件", "单号是SF1234567890123")]
    public async Task The_number_asked_for_is_answered(string locale, string choice, string answer)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(choice).AssertReply(T("AskTrackingNumber", locale))
            .Send(answer).AssertReply(reply => Assert.StartsWith(TT("SummaryLine", locale, LateInTransit, StageName(ShipmentStage.InTransit, locale)), reply.Text))
            .AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task An_unknown_number_is_named_with_the_expected_formats_and_another_can_be_tried(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send("SF9999999999999").AssertReply(TT("UnknownNumber", locale, "SF9999999999999") + "\n" + TT("UnknownFormats", locale))
            .AssertFollowUp("FollowUpUnknown", "Another", "Done")
            .Send(TT("ActionAnother", locale)).AssertReply(T("AskTrackingNumber", locale))
            .Send("RA123456789CN").AssertReply(reply => Assert.StartsWith(TT("SummaryLine", locale, Delivered, StageName(ShipmentStage.Delivered, locale)), reply.Text))
            .AssertFollowUp("FollowUpAsk", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task An_unknown_number_next_to_a_known_one_is_answered_after_it(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send("SF1098765432109 RA000000000CN")
            .AssertReply(reply => Assert.StartsWith(TT("SummaryLine", locale, OutForDelivery, StageName(ShipmentStage.OutForDelivery, locale)), reply.Text))
            .AssertReply(TT("UnknownNumber", locale, "RA000000000CN") + "\n" + TT("UnknownFormats", locale))
            .AssertFollowUp("FollowUpAsk", "Notify", "Details", "Another", "Done").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_channel_that_renders_cards_gets_a_card_and_a_summary()
    {
        await using var flow = TrackingFlow("en-US", Channels.DirectLine);

        await flow.Greeted()
            .Send(OutForDelivery).AssertReply(reply =>
            {
                var card = CardOf(reply);
                Assert.Contains("\"FactSet\"", CardJsonOf(reply));
                Assert.Contains(TT("LabelNext", "en-US") + ": " + TT("shipment.stage.out-for-delivery.next", "en-US"), FactsOf(reply));
                Assert.Contains(TT("TimelineHeader", "en-US"), card);
                Assert.Contains("Shenzhen 深圳", card);
                Assert.Contains(TT("FactLine", "en-US", TT("LabelPromised", "en-US"), "Mar 10, 6:00 AM – Mar 10, 4:00 PM (UTC+8)"), reply.Text);
                Assert.DoesNotContain(TT("TimelineHeader", "en-US"), reply.Text);
                Assert.Equal(TextFormats.Plain, reply.TextFormat);
                // Web Chat over our Direct Line cannot answer Universal Actions: no Refresh button there.
                Assert.DoesNotContain("Action.Execute", CardJsonOf(reply));
            }, "a card with a text summary")
            .StartTestAsync();
    }

    [Fact]
    public async Task In_Teams_the_card_has_a_refresh_button_that_asks_for_the_same_shipment()
    {
        await using var flow = TrackingFlow("en-US", Channels.MsTeams);

        await flow
            .Send(OutForDelivery).AssertReply(reply =>
            {
                var json = CardJsonOf(reply);
                Assert.Contains("\"Action.Execute\"", json);
                Assert.Contains("\"tracking.refresh\"", json);
                Assert.Contains(TT("CardRefresh", "en-US"), json);
            }, "a card with a Refresh action")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Another_channel_gets_the_whole_answer_as_plain_text(string locale)
    {
        await using var flow = TrackingFlow(locale, Channels.Test);

        await flow.Greeted()
            .Send(OutForDelivery).AssertReply(reply =>
            {
                Assert.Null(reply.Attachments);
                Assert.Equal(TextFormats.Plain, reply.TextFormat);
                Assert.Contains(TT("TimelineHeader", locale), reply.Text);
                Assert.Contains(TT("FactLine", locale, TT("LabelNext", locale), TT("shipment.stage.out-for-delivery.next", locale)), reply.Text);
                // Newest first: the delivery round comes before the pickup.
                var text = reply.Text ?? "";
                var timeline = text[text.IndexOf(TT("TimelineHeader", locale), StringComparison.Ordinal)..];
                Assert.True(timeline.IndexOf("Guangzhou Tianhe", StringComparison.Ordinal) < timeline.IndexOf("Shenzhen Futian", StringComparison.Ordinal));
            }, "the answer as text")
            .AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task Times_are_shown_in_the_customers_time_zone_when_the_client_tells_it()
    {
        await using var flow = TrackingFlow("en-US");

        await flow.Greeted()
            .Send(new Activity { Type = ActivityTypes.Message, Text = OutForDelivery, LocalTimezone = "Europe/London" })
            .AssertReply(reply => Assert.Contains(TT("FactLine", "en-US", TT("LabelLastScan", "en-US"), "Guangzhou Tianhe 广州天河, Mar 10, 12:00 AM (UTC)"), reply.Text))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Nonsense_at_the_number_question_gets_the_formats_and_after_three_tries_a_person_is_offered(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(T("MenuTrack", locale)).AssertReply(T("AskTrackingNumber", locale))
            .Send(Say(locale, "asdf", "嗯")).AssertReply(T("TrackingRetry", locale))
            .Send("12345").AssertReply(T("TrackingRetry", locale))
            .Send(Say(locale, "no idea", "不知道")).AssertReply(T("TooManyAttempts", locale))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_at_the_number_question_explains_the_formats_and_asks_again()
    {
        await using var flow = TrackingFlow("zh-CN");

        await flow.Greeted()
            .Send("查询快件").AssertReply(T("AskTrackingNumber", "zh-CN"))
            .Send("帮助").AssertReply(T("HelpTracking", "zh-CN")).AssertReply(T("AskTrackingNumber", "zh-CN"))
            .Send("RA123456789CN").AssertReply(reply => Assert.StartsWith("RA123456789CN：", reply.Text))
            .AssertFollowUp("FollowUpAsk", "Details", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task Chinese_at_the_number_question_asks_it_again_in_Chinese()
    {
        await using var flow = TrackingFlow("en-US");

        await flow.Greeted()
            .Send("Track a shipment").AssertReply(T("AskTrackingNumber", "en-US"))
            .Send("中文").AssertReply(Interruption("LanguageSwitched", "zh-CN")).AssertReply(T("AskTrackingNumber", "zh-CN"))
            .Send("668812345678").AssertReply(reply => Assert.StartsWith(TT("SummaryLine", "zh-CN", Returned, StageName(ShipmentStage.Returned, "zh-CN")), reply.Text))
            .AssertFollowUpIn("zh-CN", "FollowUpAsk", "Details", "Done")
            .StartTestAsync();
    }
}
