using Bot.Domain.Shipments;

namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;
using static TrackingFlows;

// Each stage of the explained stage model, answered from the demo shipments in both languages.
public sealed class ShipmentStageAnswerTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_late_shipment_in_transit_gets_an_apology_with_the_missed_window_and_the_offer_to_complain(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(LateInTransit).AssertReply(reply =>
            {
                Assert.Contains(TT("LateNote", locale, Say(locale, "Mar 3, 10:00 AM", "3月3日 10:00")), reply.Text);
                Assert.Contains(TT("shipment.stage.in-transit.description", locale), reply.Text);
                Assert.Contains("\"color\":\"Attention\"", CardJsonOf(reply));
            }, "the late answer")
            .AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_delivered_shipment_says_where_and_when_but_keeps_the_signer_private(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Delivered).AssertReply(reply =>
            {
                var everything = Everything(reply);
                Assert.StartsWith(TT("SummaryLine", locale, Delivered, StageName(ShipmentStage.Delivered, locale)), reply.Text);
                Assert.Contains(TT("PlaceAndTime", locale, "Shanghai Pudong 上海浦东", Say(locale, "Mar 9, 9:00 AM (UTC+8)", "3月9日 09:00（UTC+8）")), reply.Text);
                Assert.Contains(TT("DetailsHint", locale), everything);
                Assert.DoesNotContain("周强", everything);
                Assert.DoesNotContain("世纪大道", everything);
                Assert.DoesNotContain(FactsOf(reply), f => f.StartsWith(TT("LabelSignedBy", locale) + ":", StringComparison.Ordinal));
                Assert.DoesNotContain(TT("FactLine", locale, TT("LabelSignedBy", locale), ""), reply.Text);
            }, "the delivered answer without private details")
            .AssertFollowUp("FollowUpAsk", "Details", "Done").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task An_exception_shows_its_reason_with_an_apology(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(InException).AssertReply(reply =>
            {
                Assert.StartsWith(TT("SummaryLine", locale, InException, StageName(ShipmentStage.Exception, locale)), reply.Text);
                Assert.Contains(TT("ExceptionNote", locale,
                    "Outer carton damaged in sorting; goods are being inspected and repacked 分拣中外箱破损，正在检查并重新包装"), reply.Text);
            }, "the exception answer")
            .AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Out_for_delivery_says_what_happens_next_without_an_apology(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(OutForDelivery).AssertReply(reply =>
            {
                Assert.StartsWith(TT("SummaryLine", locale, OutForDelivery, StageName(ShipmentStage.OutForDelivery, locale))
                    + " " + TT("shipment.stage.out-for-delivery.description", locale), reply.Text);
                Assert.Contains(TT("shipment.stage.out-for-delivery.next", locale), CardOf(reply));
                Assert.DoesNotContain(Say(locale, "sorry", "抱歉"), reply.Text);
            }, "the out-for-delivery answer")
            .AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_returned_shipment_explains_the_return_and_its_cause(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Returned).AssertReply(reply =>
            {
                Assert.Contains(TT("shipment.stage.returned.description", locale), reply.Text);
                Assert.Contains(TT("ReturnedNote", locale, "Consignee refused the delivery 收件人拒收"), reply.Text);
            }, "the returned answer")
            .AssertFollowUp("FollowUpAsk", "Details", "Done")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_created_shipment_waits_for_pickup_within_its_promised_window(string locale)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(Created).AssertReply(reply =>
            {
                Assert.StartsWith(TT("SummaryLine", locale, Created, StageName(ShipmentStage.Created, locale)), reply.Text);
                Assert.Contains(TT("FactLine", locale, TT("LabelPromised", locale),
                    Say(locale, "Mar 13, 10:00 AM – Mar 14, 10:00 AM (UTC+8)", "3月13日 10:00 至 3月14日 10:00（UTC+8）")), reply.Text);
            }, "the created answer")
            .AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .StartTestAsync();
    }

    [Fact]
    public async Task Picked_up_and_at_a_warehouse_are_explained_in_plain_words()
    {
        await using var flow = TrackingFlow("en-US", Bot.Protocol.Schema.Channels.Test);

        await flow.Greeted()
            .Send("75312345678901 123456789012345")
            .AssertReply(reply => Assert.Contains(TT("shipment.stage.picked-up.description", "en-US"), reply.Text))
            .AssertReply(reply => Assert.Contains(TT("shipment.stage.at-warehouse.description", "en-US"), reply.Text))
            .AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .StartTestAsync();
    }
}
