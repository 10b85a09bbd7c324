using Bot.Data;
using Bot.Data.DirectLine;
using Bot.Protocol.Schema;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.DirectLine;

/// <summary>The Direct Line conversations, their activity logs (sequence = watermark) and uploaded files.</summary>
internal sealed class DirectLineStore(IServiceScopeFactory scopes, TimeProvider time)
{
    private const int MaxAppendAttempts = 8;

    public async Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.DirectLineConversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, ct);
    }

    /// <summary>Creates the conversation unless it exists; the existing or new row either way.</summary>
    public async Task<DirectLineConversation> EnsureConversationAsync(string conversationId, string userId, string? locale, CancellationToken ct)
    {
        var existing = await FindConversationAsync(conversationId, ct);
        if (existing is not null)
        {
            return existing;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var conversation = new DirectLineConversation
        {
            Id = conversationId,
            UserId = userId,
            Locale = locale,
            CreatedAt = time.GetUtcNow(),
        };
        db.DirectLineConversations.Add(conversation);
        try
        {
            await db.SaveChangesAsync(ct);
            return conversation;
        }
        catch (DbUpdateException)
        {
            // Created concurrently by another request for the same token.
            return await FindConversationAsync(conversationId, ct) ?? throw new InvalidOperationException("Conversation vanished.");
        }
    }

    /// <summary>Marks the conversation started; true only for the one caller that flipped it.</summary>
    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var changed = await db.DirectLineConversations
            .Where(c => c.Id == conversationId && !c.Started)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Started, true), ct);
        return changed == 1;
    }

    /// <summary>Stamps id and timestamp onto <paramref name="activity"/>, appends it and returns it as the wire sees it.</summary>
    public async Task<DirectLineEntry> AppendAsync(string conversationId, Activity activity, DirectLineAppendMode mode, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var conversation = await db.DirectLineConversations.FirstOrDefaultAsync(c => c.Id == conversationId, ct)
                ?? throw new InvalidOperationException("Unknown Direct Line conversation.");
            var sequence = conversation.LastSequence + 1;
            var previous = await db.DirectLineActivities
                .Where(a => a.ConversationId == conversationId && a.Sequence == conversation.LastSequence)
                .Select(a => (DateTimeOffset?)a.CreatedAt)
                .FirstOrDefaultAsync(ct);
            // Whole milliseconds: what JavaScript sees, and what the stored number keeps exactly.
            var clock = time.GetUtcNow().ToUniversalTime();
            var now = new DateTimeOffset(clock.Ticks - (clock.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            // Web Chat orders by timestamp: a conversation's clock never goes backwards.
            if (previous is { } last && now <= last)
            {
                now = last.AddMilliseconds(1);
            }

            if (mode == DirectLineAppendMode.Replace)
            {
                var id = activity.Id ?? throw new ArgumentException("An update needs the activity id.", nameof(activity));
                var original = await db.DirectLineActivities
                    .Where(a => a.ConversationId == conversationId && a.ActivityId == id)
                    .OrderBy(a => a.Sequence)
                    .Select(a => (DateTimeOffset?)a.CreatedAt)
                    .FirstOrDefaultAsync(ct);
                activity.Timestamp = original ?? now;
            }
            else
            {
                activity.Id = DirectLineIds.ActivityId(conversationId, sequence);
                activity.Timestamp = now;
            }

            // Proactive messages may arrive unaddressed; the conversation knows its user.
            activity.Recipient ??= conversation.UserId is { } userId ? new ChannelAccount(userId, role: RoleTypes.User) : null;
            var json = ProtocolJson.Serialize(activity);
            conversation.LastSequence = sequence;
            db.DirectLineActivities.Add(new DirectLineActivity
            {
                ConversationId = conversationId,
                Sequence = sequence,
                ActivityId = activity.Id,
                Type = activity.Type ?? ActivityTypes.Message,
                Json = json,
                CreatedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
                return new DirectLineEntry(sequence, json);
            }
            catch (DbUpdateException) when (attempt < MaxAppendAttempts)
            {
                // Another append took this sequence number first; read the log again and retry.
            }
        }
    }

    public async Task<IReadOnlyList<DirectLineEntry>> ReadAfterAsync(string conversationId, long afterSequence, int max, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > afterSequence)
            .OrderBy(a => a.Sequence)
            .Take(max)
            .Select(a => new DirectLineEntry(a.Sequence, a.Json))
            .ToListAsync(ct);
    }

    /// <summary>Overwrites every stored copy of an activity with <paramref name="tombstone"/>; the copy with the newest sequence, or null if none.</summary>
    public async Task<DirectLineEntry?> TombstoneAsync(string conversationId, string activityId, Activity tombstone, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var rows = await db.DirectLineActivities
            .Where(a => a.ConversationId == conversationId && a.ActivityId == activityId)
            .OrderBy(a => a.Sequence)
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;
        }
        tombstone.Id = activityId;
        tombstone.Timestamp = rows[0].CreatedAt;
        var json = ProtocolJson.Serialize(tombstone);
        foreach (var row in rows)
        {
            row.Json = json;
            row.Type = tombstone.Type ?? ActivityTypes.Message;
        }
        await db.SaveChangesAsync(ct);
        return new DirectLineEntry(rows[^1].Sequence, json);
    }

    public async Task SaveAttachmentsAsync(IReadOnlyList<DirectLineAttachment> attachments, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.DirectLineAttachments.AddRange(attachments);
        await db.SaveChangesAsync(ct);
    }

    public async Task<DirectLineAttachment?> FindAttachmentAsync(string attachmentId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.DirectLineAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
    }
}
