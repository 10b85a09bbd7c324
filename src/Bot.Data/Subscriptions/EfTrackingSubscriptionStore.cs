using Bot.Data.Sqlite;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Subscriptions;

internal sealed class EfTrackingSubscriptionStore(IDbContextFactory<BotDbContext> contexts) : ITrackingSubscriptionStore
{
    public async Task<bool> SubscribeAsync(TrackingSubscription subscription, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.TrackingSubscriptions.Add(new TrackingSubscriptionEntity
        {
            TrackingNumber = subscription.Number.Value,
            ConversationChannelId = subscription.Conversation.ChannelId,
            ConversationId = subscription.Conversation.ConversationId,
            Locale = subscription.Locale,
            Since = subscription.Since.ToUniversalTime(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueConstraint.IsViolatedBy(exception))
        {
            return false;
        }
    }

    public async Task UnsubscribeAsync(TrackingNumber number, ConversationAddress conversation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(conversation);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.TrackingSubscriptions
            .Where(s => s.TrackingNumber == number.Value
                && s.ConversationChannelId == conversation.ChannelId
                && s.ConversationId == conversation.ConversationId)
            .ExecuteDeleteAsync(ct);
    }

    public async Task<IReadOnlyList<TrackingSubscription>> ForShipmentAsync(TrackingNumber number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.TrackingSubscriptions.AsNoTracking()
            .Where(s => s.TrackingNumber == number.Value)
            .OrderBy(s => s.Id)
            .ToListAsync(ct);
        return
        [
            .. entities.Select(s => new TrackingSubscription(
                number, new ConversationAddress(s.ConversationChannelId, s.ConversationId), s.Locale, s.Since)),
        ];
    }
}
