using Bot.Data.Sqlite;
using Bot.Domain.Handoff;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Agents;

internal sealed class EfAgentAccountStore(IDbContextFactory<BotDbContext> contexts) : IAgentAccountStore
{
    public async Task<AgentLogin?> FindForLoginAsync(string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var normalized = AgentAccountMapping.Normalize(userName);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.AgentAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.NormalizedUserName == normalized, ct);
        return entity is null ? null : new AgentLogin(AgentAccountMapping.ToDomain(entity), entity.PasswordHash);
    }

    public async Task<AgentAccount?> FindAsync(string agentId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.AgentAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agentId, ct);
        return entity is null ? null : AgentAccountMapping.ToDomain(entity);
    }

    public async Task<AgentAccount?> FindByTeamsAadObjectIdAsync(string aadObjectId, CancellationToken ct)
    {
        if (AgentAccountMapping.NormalizeAadObjectId(aadObjectId) is not { } normalized)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.AgentAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.TeamsAadObjectId == normalized, ct);
        return entity is null ? null : AgentAccountMapping.ToDomain(entity);
    }

    // The unique indexes decide: two creates of one user name at once cannot both succeed.
    public async Task<bool> CreateAsync(AgentAccount account, string passwordHash, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.UserName);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AgentAccounts.Add(AgentAccountMapping.ToEntity(account, passwordHash));
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

    public async Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.AgentAccounts.AsNoTracking().OrderBy(a => a.NormalizedUserName).ToListAsync(ct);
        return [.. entities.Select(AgentAccountMapping.ToDomain)];
    }

    public async Task<bool> UpdateAsync(AgentAccount account, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.UserName);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.AgentAccounts.SingleOrDefaultAsync(a => a.Id == account.Id, ct);
        if (entity is null)
        {
            return false;
        }
        AgentAccountMapping.Apply(account, entity);
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

    public async Task<bool> SetPasswordHashAsync(string agentId, string passwordHash, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.AgentAccounts.Where(a => a.Id == agentId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.PasswordHash, passwordHash), ct) > 0;
    }

    public async Task<bool> SetPresenceAsync(string agentId, AgentPresence presence, DateTimeOffset at, CancellationToken ct)
    {
        var utc = at.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.AgentAccounts.Where(a => a.Id == agentId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Presence, presence).SetProperty(a => a.PresenceChangedAt, utc), ct) > 0;
    }
}
