using Bot.Data.Sqlite;
using Bot.Domain.Conversations;
using Bot.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Surveys;

internal sealed class EfSurveyStore(IDbContextFactory<BotDbContext> contexts) : ISurveyStore
{
    // The unique indexes decide, not a read before the write: two turns offering at once cannot both succeed.
    public async Task<bool> TryOfferAsync(SurveyOffer offer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.SurveyOffers.Add(SurveyMapping.ToEntity(offer));
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

    public async Task SaveResponseAsync(SurveyResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.SurveyResponses.Add(SurveyMapping.ToEntity(response));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<SurveyResponse>> ResponsesForAsync(ConversationAddress conversation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.ConversationChannelId == conversation.ChannelId && r.ConversationId == conversation.ConversationId)
            .OrderBy(r => r.Id)
            .ToListAsync(ct);
        return [.. entities.Select(SurveyMapping.ToDomain)];
    }
}
