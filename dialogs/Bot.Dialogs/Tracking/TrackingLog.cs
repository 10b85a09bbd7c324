using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Tracking;

// Tracking numbers and conversation ids only: never what the customer typed, nor phone digits.
internal static partial class TrackingLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning,
        Message = "The update for shipment {TrackingNumber} could not reach conversation {ChannelId}/{ConversationId}")]
    public static partial void NotificationFailed(ILogger logger, Exception exception, string trackingNumber, string channelId, string conversationId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Debug,
        Message = "Shipment {TrackingNumber}: update sent to {Count} subscribed conversation(s)")]
    public static partial void NotificationsSent(ILogger logger, string trackingNumber, int count);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug,
        Message = "Shipment {TrackingNumber} ended its journey: {Count} subscription(s) ended")]
    public static partial void SubscriptionsEnded(ILogger logger, string trackingNumber, int count);
}
