using Bot.Data;
using Bot.Data.Shipments;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;
using Bot.Protocol.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;
using static TrackingFlows;

// "Notify me": the conversation is subscribed, and a scan recorded later reaches it proactively in its language.
public sealed class TrackingNotificationTests
{
    private static readonly DateTimeOffset ScanTime = new(2026, 3, 10, 11, 30, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("en-US", "Notify me", "Guangzhou Tianhe 广州天河, Mar 10, 11:30 AM (UTC+8)")]
    [InlineData("zh-CN", "有变化告诉我", "Guangzhou Tianhe 广州天河，3月10日 11:30（UTC+8）")]
    public async Task A_delivery_reaches_the_subscribed_conversation_and_ends_the_subscription(string locale, string notifyMe, string where)
    {
        await using var flow = TrackingFlow(locale);

        await flow.Greeted()
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send(notifyMe).AssertReply(TT("NotifySubscribed", locale, OutForDelivery))
            .AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Send(TT("ActionDone", locale)).AssertMenuAgain()
            .Do("the courier delivers it", (services, ct) =>
                RecordAsync(services, OutForDelivery, new ShipmentEvent(ShipmentStage.Delivered, "Guangzhou Tianhe 广州天河", ScanTime, SignedBy: "Deng Hui 邓辉"), ct))
            .AssertReply(reply =>
            {
                Assert.Equal(TT("NotifyDelivered", locale, OutForDelivery, where) + " " + TT("NotifyLast", locale), reply.Text);
                var card = CardOf(reply);
                Assert.Contains(StageName(ShipmentStage.Delivered, locale), card);
                Assert.DoesNotContain("邓辉", Everything(reply));
                Assert.DoesNotContain("花城大道", Everything(reply));
            }, "the delivery update")
            .Do("the subscription has ended", async (services, ct) =>
                Assert.Empty(await services.GetRequiredService<ITrackingSubscriptionStore>().ForShipmentAsync(TrackingNumber.Parse(OutForDelivery), ct)))
            .Do("a late correction scan", (services, ct) =>
                RecordAsync(services, OutForDelivery, new ShipmentEvent(ShipmentStage.Delivered, "Guangzhou Tianhe 广州天河", ScanTime.AddMinutes(5)), ct))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_problem_on_the_way_is_told_with_an_apology_and_its_reason_and_the_subscription_stays(string locale)
    {
        await using var flow = TrackingFlow(locale);
        const string reason = "Address needs confirming 地址待确认";

        await flow.Greeted()
            .Send(Created).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send(TT("ActionNotify", locale)).AssertReply(TT("NotifySubscribed", locale, Created))
            .AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Do("a pickup and then a problem", (services, ct) => RecordAsync(services, Created, ct,
                new ShipmentEvent(ShipmentStage.PickedUp, "Beijing Chaoyang 北京朝阳", ScanTime),
                new ShipmentEvent(ShipmentStage.Exception, "Beijing hub 北京分拨中心", ScanTime.AddHours(3), ExceptionReason: reason)))
            .AssertReply(reply => Assert.StartsWith(
                TT("NotifyUpdate", locale, Created, StageName(ShipmentStage.PickedUp, locale), Say(locale,
                    "Beijing Chaoyang 北京朝阳, Mar 10, 11:30 AM (UTC+8)", "Beijing Chaoyang 北京朝阳，3月10日 11:30（UTC+8）")), reply.Text))
            .AssertAttachment(ContentTypes.AdaptiveCard)
            .AssertReply(reply => Assert.StartsWith(
                TT("NotifyException", locale, Created, Say(locale,
                    "Beijing hub 北京分拨中心, Mar 10, 2:30 PM (UTC+8)", "Beijing hub 北京分拨中心，3月10日 14:30（UTC+8）"), reason), reply.Text))
            .Do("still subscribed", async (services, ct) =>
                Assert.Single(await services.GetRequiredService<ITrackingSubscriptionStore>().ForShipmentAsync(TrackingNumber.Parse(Created), ct)))
            // The conversation goes on where it was: the follow-up question still waits for its answer.
            .Send(TT("ActionDone", locale)).AssertMenuAgain()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_conversation_that_cannot_be_reached_does_not_stop_the_others()
    {
        await using var flow = TrackingFlow("en-US");

        await flow.Greeted()
            .Do("a subscription of a conversation that no longer exists", async (services, ct) =>
                await services.GetRequiredService<ITrackingSubscriptionStore>().SubscribeAsync(new TrackingSubscription(
                    TrackingNumber.Parse(OutForDelivery), new ConversationAddress(Channels.DirectLine, "gone"), "en-US", Now), ct))
            .Send(OutForDelivery).AssertReply(_ => { }).AssertFollowUp("FollowUpAsk", "Notify", "Details", "Done")
            .Send("keep me updated").AssertReply(TT("NotifySubscribed", "en-US", OutForDelivery)).AssertFollowUp("FollowUpAsk", "Details", "Done")
            .Do("the courier delivers it", (services, ct) =>
                RecordAsync(services, OutForDelivery, new ShipmentEvent(ShipmentStage.Delivered, "Guangzhou Tianhe 广州天河", ScanTime), ct))
            .AssertReply(reply => Assert.StartsWith(TT("NotifyDelivered", "en-US", OutForDelivery, "Guangzhou Tianhe 广州天河, Mar 10, 11:30 AM (UTC+8)"), reply.Text))
            .AssertNoMoreReplies()
            .Do("both subscriptions ended", async (services, ct) =>
                Assert.Empty(await services.GetRequiredService<ITrackingSubscriptionStore>().ForShipmentAsync(TrackingNumber.Parse(OutForDelivery), ct)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_channel_without_cards_gets_the_update_and_the_answer_as_text()
    {
        await using var flow = TrackingFlow("en-US", Channels.Test);

        await flow.Greeted()
            .Send(LateInTransit).AssertReply(_ => { }).AssertFollowUp("FollowUpAttention", "Complain", "Person", "Notify", "Details", "Done")
            .Send("notify me").AssertReply(TT("NotifySubscribed", "en-US", LateInTransit))
            .AssertFollowUp("FollowUpAttentionNoNotify", "Complain", "Person", "Details", "Done")
            .Do("a scan at the next hub", (services, ct) =>
                RecordAsync(services, LateInTransit, new ShipmentEvent(ShipmentStage.InTransit, "Guangzhou hub 广州转运中心", ScanTime), ct))
            .AssertReply(reply =>
            {
                Assert.Null(reply.Attachments);
                Assert.StartsWith(TT("NotifyUpdate", "en-US", LateInTransit, StageName(ShipmentStage.InTransit, "en-US"),
                    "Guangzhou hub 广州转运中心, Mar 10, 11:30 AM (UTC+8)") + " " + TT("LateNote", "en-US", "Mar 3, 10:00 AM"), reply.Text);
                Assert.Contains(TT("TimelineHeader", "en-US"), reply.Text);
                Assert.DoesNotContain("体育西路", reply.Text);
            }, "the update as text")
            .StartTestAsync();
    }

    private static Task RecordAsync(IServiceProvider services, string number, ShipmentEvent scan, CancellationToken ct) =>
        RecordAsync(services, number, ct, scan);

    // As the import does: the scans are committed to the store, then the notifier is told about them.
    private static async Task RecordAsync(IServiceProvider services, string number, CancellationToken ct, params ShipmentEvent[] scans)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.ShipmentEvents.AddRange(scans.Select(s => new ShipmentEventEntity
            {
                TrackingNumber = number,
                Stage = s.Stage,
                Location = s.Location,
                At = s.At,
                ExceptionReason = s.ExceptionReason,
                SignedBy = s.SignedBy,
            }));
            await db.SaveChangesAsync(ct);
        }
        var recorded = scans.Select(s => new RecordedShipmentEvent(TrackingNumber.Parse(number), s)).ToList();
        await services.GetRequiredService<IShipmentEventNotifier>().EventsRecordedAsync(recorded, ct);
    }
}
