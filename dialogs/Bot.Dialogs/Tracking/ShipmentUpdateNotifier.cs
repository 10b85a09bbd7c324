using Bot.Domain.Shipments;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Proactive;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// Tells subscribed conversations proactively about new scans ("notify me"): for each recorded scan, each conversation
/// subscribed to that shipment gets a short update in its language (stage, place, time; an apology and the reason for a
/// problem) with the public card or text of the shipment — never its private details. A conversation that cannot be
/// reached is logged and the others still get theirs. A delivered or returned shipment ends its subscriptions.
/// </summary>
public sealed class ShipmentUpdateNotifier(
    ITrackingSubscriptionStore subscriptions,
    IShipmentStore shipments,
    ProactiveMessenger messenger,
    IOptions<TrackingOptions> options,
    TimeProvider time,
    ILogger<ShipmentUpdateNotifier> logger) : IShipmentEventNotifier
{
    public async Task EventsRecordedAsync(IReadOnlyList<RecordedShipmentEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var recorded in events.GroupBy(e => e.Number))
        {
            var subscribers = await subscriptions.ForShipmentAsync(recorded.Key, ct);
            if (subscribers.Count == 0)
            {
                continue;
            }
            var shipment = await shipments.FindAsync(recorded.Key, ct);
            foreach (var scan in recorded.Select(r => r.Event).OrderBy(e => e.At))
            {
                var sent = 0;
                foreach (var subscriber in subscribers)
                {
                    sent += await TrySendAsync(subscriber, AsOf(shipment, scan), scan, ct) ? 1 : 0;
                }
                TrackingLog.NotificationsSent(logger, recorded.Key.Value, sent);
            }
            if (shipment?.Explanation.IsFinal ?? recorded.Any(r => ShipmentStageGuide.For(r.Event.Stage).IsFinal))
            {
                foreach (var subscriber in subscribers)
                {
                    await subscriptions.UnsubscribeAsync(recorded.Key, subscriber.Conversation, ct);
                }
                TrackingLog.SubscriptionsEnded(logger, recorded.Key.Value, subscribers.Count);
            }
        }
    }

    private async Task<bool> TrySendAsync(TrackingSubscription subscriber, Shipment? shipment, ShipmentEvent scan, CancellationToken ct)
    {
        var conversation = subscriber.Conversation;
        try
        {
            var message = Update(subscriber.Number, shipment, scan, BotLocales.Normalize(subscriber.Locale) ?? BotLocales.Default, conversation.ChannelId);
            await messenger.ContinueConversationAsync(
                conversation.ChannelId, conversation.ConversationId, (turn, token) => turn.SendActivityAsync(message, token), ct);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            TrackingLog.NotificationFailed(logger, ex, subscriber.Number.Value, conversation.ChannelId, conversation.ConversationId);
            return false;
        }
    }

    private Activity Update(TrackingNumber number, Shipment? shipment, ShipmentEvent scan, string locale, string channelId)
    {
        var clock = TrackingTime.AsRecorded(locale);
        var where = ShipmentView.PlaceAndTime(scan, clock, withZone: true);
        var stage = ShipmentStageGuide.For(scan.Stage);
        var headline = scan.Stage switch
        {
            ShipmentStage.Delivered => TrackingText.Get("NotifyDelivered", locale, number.Value, where),
            ShipmentStage.Returned => TrackingText.Get("NotifyReturned", locale, number.Value, where),
            ShipmentStage.Exception => TrackingText.Get("NotifyException", locale, number.Value, where,
                scan.ExceptionReason ?? TrackingText.Get(stage.DescriptionKey, locale)),
            _ => TrackingText.Get("NotifyUpdate", locale, number.Value, TrackingText.Get(stage.NameKey, locale), where),
        };
        var view = shipment is null ? null : ShipmentView.Of(shipment, clock, time.GetUtcNow(),
            new ShipmentViewOptions(WithDetails: false, OfferDetails: false, options.Value.TimelineLength));
        if (view?.Note is { } note && scan.Stage != ShipmentStage.Exception)
        {
            headline += " " + note;
        }
        if (stage.IsFinal)
        {
            headline += " " + TrackingText.Get("NotifyLast", locale);
        }
        if (view is null)
        {
            return TrackingText.Message(headline);
        }
        return options.Value.RendersCards(channelId)
            ? TrackingText.Message(headline) with { Attachments = [ShipmentCard.Create(view, locale, headline, channelId == Channels.MsTeams)] }
            : TrackingText.Message(headline + "\n\n" + ShipmentText.Full(view, locale));
    }

    // The shipment as it was right after this scan, so each update of a batch shows its own moment.
    private static Shipment? AsOf(Shipment? shipment, ShipmentEvent scan)
    {
        if (shipment is null)
        {
            return null;
        }
        var index = shipment.Timeline.ToList().LastIndexOf(scan);
        var timeline = index >= 0 ? shipment.Timeline.Take(index + 1) : shipment.Timeline.Append(scan);
        return new Shipment(shipment.Number, shipment.CustomerId, shipment.PromisedDelivery, timeline, shipment.Shipper, shipment.Consignee);
    }
}
