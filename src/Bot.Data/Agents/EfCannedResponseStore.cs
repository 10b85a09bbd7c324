using Bot.Domain.Handoff;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Agents;

internal sealed class EfCannedResponseStore(IDbContextFactory<BotDbContext> contexts, TimeProvider time) : ICannedResponseStore
{
    public async Task<IReadOnlyList<CannedResponse>> ListAsync(string? language, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.CannedResponses.AsNoTracking();
        if (!string.IsNullOrEmpty(language))
        {
            query = query.Where(c => c.Language == language);
        }
        var entities = await query.OrderBy(c => c.Title).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. entities.Select(ToDomain)];
    }

    public async Task<CannedResponse?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.CannedResponses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return entity is null ? null : ToDomain(entity);
    }

    public async Task<CannedResponse> CreateAsync(string title, string text, string language, string createdBy, CancellationToken ct)
    {
        var entity = new CannedResponseEntity
        {
            Title = title,
            Text = text,
            Language = language,
            CreatedBy = createdBy,
            UpdatedAt = time.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.CannedResponses.Add(entity);
        await db.SaveChangesAsync(ct);
        return ToDomain(entity);
    }

    public async Task<CannedResponse?> UpdateAsync(long id, string title, string text, string language, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.CannedResponses.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (entity is null)
        {
            return null;
        }
        entity.Title = title;
        entity.Text = text;
        entity.Language = language;
        entity.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ToDomain(entity);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CannedResponses.Where(c => c.Id == id).ExecuteDeleteAsync(ct) > 0;
    }

    private static CannedResponse ToDomain(CannedResponseEntity entity) =>
        new(entity.Id, entity.Title, entity.Text, entity.Language, entity.CreatedBy, entity.UpdatedAt);
}
