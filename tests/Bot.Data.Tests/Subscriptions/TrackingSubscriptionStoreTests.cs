using Bot.Domain.Conversations;
using Bot.Domain.Shipments;

namespace Bot.Data.Tests.Subscriptions;

public sealed class TrackingSubscriptionStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly TrackingNumber Parcel = TrackingNumber.Parse("SF1234567890123");
    private static readonly TrackingNumber Other = TrackingNumber.Parse("RA123456789CN");
    private static readonly ConversationAddress Teams = new("msteams", "19:abc@thread.v2");
    private static readonly ConversationAddress WebChat = new("webchat", "dl-42");
    private TempStore _store = null!;

    private ITrackingSubscriptionStore Subscriptions => _store.Get<ITrackingSubscriptionStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Subscribing_twice_keeps_the_first_subscription()
    {
        var first = new TrackingSubscription(Parcel, Teams, "zh-CN", Now);

        Assert.True(await Subscriptions.SubscribeAsync(first, default));
        Assert.False(await Subscriptions.SubscribeAsync(first with { Locale = "en-US", Since = Now.AddHours(1) }, default));

        Assert.Equal([first], await Subscriptions.ForShipmentAsync(Parcel, default));
    }

    [Fact]
    public async Task Each_conversation_and_shipment_pair_is_its_own_subscription()
    {
        var teams = new TrackingSubscription(Parcel, Teams, "zh-CN", Now);
        var webChat = new TrackingSubscription(Parcel, WebChat, "en-US", Now.AddMinutes(1));
        var sameIdOtherChannel = new TrackingSubscription(Parcel, new ConversationAddress("directline", WebChat.ConversationId), "en-US", Now.AddMinutes(2));
        var other = new TrackingSubscription(Other, Teams, "zh-CN", Now);

        foreach (var subscription in new[] { teams, webChat, sameIdOtherChannel, other })
        {
            Assert.True(await Subscriptions.SubscribeAsync(subscription, default));
        }

        Assert.Equal([teams, webChat, sameIdOtherChannel], await Subscriptions.ForShipmentAsync(Parcel, default));
        Assert.Equal([other], await Subscriptions.ForShipmentAsync(Other, default));
        Assert.Empty(await Subscriptions.ForShipmentAsync(TrackingNumber.Parse("773012345678"), default));
    }

    [Fact]
    public async Task Unsubscribing_removes_only_that_conversation_and_can_be_repeated()
    {
        await Subscriptions.SubscribeAsync(new TrackingSubscription(Parcel, Teams, "zh-CN", Now), default);
        var webChat = new TrackingSubscription(Parcel, WebChat, "en-US", Now);
        await Subscriptions.SubscribeAsync(webChat, default);

        await Subscriptions.UnsubscribeAsync(Parcel, Teams, default);
        await Subscriptions.UnsubscribeAsync(Parcel, Teams, default);

        Assert.Equal([webChat], await Subscriptions.ForShipmentAsync(Parcel, default));
        Assert.True(await Subscriptions.SubscribeAsync(new TrackingSubscription(Parcel, Teams, "en-US", Now.AddDays(1)), default));
    }
}
