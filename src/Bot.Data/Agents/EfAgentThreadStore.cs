using Bot.Data.Sqlite;
using Bot.Domain.Handoff;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Agents;

internal sealed class EfAgentThreadStore(IDbContextFactory<BotDbContext> contexts) : IAgentThreadStore
{
    public async Task<bool> SaveAsync(AgentThread thread, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AgentThreads.Add(new AgentThreadEntity
        {
            EscalationId = thread.EscalationId,
            ServiceUrl = thread.ServiceUrl,
            ConversationId = thread.ConversationId,
            CardActivityId = thread.CardActivityId,
            CreatedAt = thread.CreatedAt.ToUniversalTime(),
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

    public async Task<AgentThread?> FindByEscalationAsync(string escalationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return ToDomain(await db.AgentThreads.AsNoTracking().SingleOrDefaultAsync(t => t.EscalationId == escalationId, ct));
    }

    public async Task<AgentThread?> FindByThreadAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return ToDomain(await db.AgentThreads.AsNoTracking().SingleOrDefaultAsync(t => t.ConversationId == conversationId, ct));
    }

    private static AgentThread? ToDomain(AgentThreadEntity? entity) =>
        entity is null ? null : new AgentThread(entity.EscalationId, entity.ServiceUrl, entity.ConversationId, entity.CardActivityId, entity.CreatedAt);
}
