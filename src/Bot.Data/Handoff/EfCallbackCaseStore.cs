using System.Globalization;
using Bot.Data.Sqlite;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Handoff;

internal sealed class EfCallbackCaseStore(IDbContextFactory<BotDbContext> contexts) : ICallbackCaseStore
{
    private const int MaxAttempts = 5;

    public async Task<CallbackCase> CreateAsync(
        ConversationAddress conversation, string language, string text, DateTimeOffset createdAt, string reason, string? escalationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        // The day as the caller's clock reads it (the opening hours' time zone).
        var day = (createdAt.Year * 10000) + (createdAt.Month * 100) + createdAt.Day;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var last = await db.CallbackCases.Where(c => c.Day == day).MaxAsync(c => (int?)c.Serial, ct) ?? 0;
            // Past 9,999 a day the number simply grows a digit; the reference stays unique.
            var serial = last + 1;
            var entity = new CallbackCaseEntity
            {
                Reference = string.Create(CultureInfo.InvariantCulture, $"CB-{day:D8}-{serial:D4}"),
                Day = day,
                Serial = serial,
                ConversationChannelId = conversation.ChannelId,
                ConversationId = conversation.ConversationId,
                Language = language,
                Text = text,
                CreatedAt = createdAt.ToUniversalTime(),
                Reason = reason,
                EscalationId = escalationId,
            };
            db.CallbackCases.Add(entity);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return ToDomain(entity);
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts && UniqueConstraint.IsViolatedBy(exception))
            {
                await transaction.RollbackAsync(ct);
            }
        }
    }

    public async Task<CallbackCase?> FindAsync(string reference, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.CallbackCases.AsNoTracking().SingleOrDefaultAsync(c => c.Reference == reference, ct);
        return entity is null ? null : ToDomain(entity);
    }

    public async Task<IReadOnlyList<CallbackCase>> ListOpenAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.CallbackCases.AsNoTracking().Where(c => !c.Done).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. entities.Select(ToDomain)];
    }

    public async Task<bool> MarkDoneAsync(string reference, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CallbackCases.Where(c => c.Reference == reference).ExecuteUpdateAsync(set => set.SetProperty(c => c.Done, true), ct) > 0;
    }

    private static CallbackCase ToDomain(CallbackCaseEntity entity) => new(
        entity.Reference,
        new ConversationAddress(entity.ConversationChannelId, entity.ConversationId),
        entity.Language,
        entity.Text,
        entity.CreatedAt,
        entity.Reason,
        entity.Done,
        entity.EscalationId);
}
