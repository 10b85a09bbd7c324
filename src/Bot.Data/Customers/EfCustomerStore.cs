using Bot.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Customers;

internal sealed class EfCustomerStore(IDbContextFactory<BotDbContext> contexts) : ICustomerStore
{
    public async Task<Customer?> FindAsync(string id, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Customers.AsNoTracking()
            .Include(c => c.Contacts)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        return entity is null ? null : CustomerMapping.ToDomain(entity);
    }

    public async Task<Customer?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var wanted = aadObjectId.Trim();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Customers.AsNoTracking()
            .Include(c => c.Contacts)
            .Where(c => c.Contacts.Any(x => x.AadObjectId == wanted))
            .OrderBy(c => c.Id)
            .FirstOrDefaultAsync(ct);
        return entity is null ? null : CustomerMapping.ToDomain(entity);
    }

    // The Email column has no NOCASE collation (no schema change for this): the comparison asks for it per query.
    public async Task<Customer?> FindByContactEmailAsync(string email, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var wanted = email.Trim();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Customers.AsNoTracking()
            .Include(c => c.Contacts)
            .Where(c => c.Contacts.Any(x => x.Email != null && EF.Functions.Collate(x.Email.Trim(), "NOCASE") == wanted))
            .OrderBy(c => c.Id)
            .FirstOrDefaultAsync(ct);
        return entity is null ? null : CustomerMapping.ToDomain(entity);
    }
}
