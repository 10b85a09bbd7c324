using Bot.Data.Sqlite;
using Bot.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Complaints;

internal sealed class EfComplaintStore(IDbContextFactory<BotDbContext> contexts) : IComplaintStore
{
    // The transaction below is IMMEDIATE (Microsoft.Data.Sqlite's default), so writers already queue for the serial;
    // the unique index and these retries cover any other writer of the same file.
    private const int MaxAttempts = 5;

    private const long StoreTickPrecision = 1000;

    private static readonly ComplaintStatus[] Unresolved =
        [ComplaintStatus.Open, ComplaintStatus.Acknowledged, ComplaintStatus.InProgress];

    public async Task<Complaint> CreateAsync(NewComplaint complaint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        // The year the complaint was opened, as the caller's clock reads it.
        var year = complaint.OpenedAt.Year;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var last = await db.Complaints.Where(c => c.Year == year).MaxAsync(c => (int?)c.Serial, ct) ?? 0;
            if (last >= ComplaintReference.MaxSerial)
            {
                throw new InvalidOperationException($"All complaint references of {year} are used.");
            }

            var created = new Complaint(new ComplaintReference(year, last + 1), complaint);
            db.Complaints.Add(ComplaintMapping.ToEntity(created));
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return created;
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts && UniqueConstraint.IsViolatedBy(exception))
            {
                await transaction.RollbackAsync(ct);
            }
        }
    }

    public async Task<Complaint?> FindAsync(ComplaintReference reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var key = reference.ToString();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Complaints.AsNoTracking()
            .Include(c => c.Updates)
            .SingleOrDefaultAsync(c => c.Reference == key, ct);
        return entity is null ? null : ComplaintMapping.ToDomain(entity);
    }

    public async Task SaveAsync(Complaint complaint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var key = complaint.Reference.ToString();
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One transaction for read and write, so two saves of the same complaint cannot both append the same note.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entity = await db.Complaints
            .Include(c => c.Updates)
            .SingleOrDefaultAsync(c => c.Reference == key, ct)
            ?? throw new InvalidOperationException($"Complaint {key} is not in the store; create it first.");
        ComplaintMapping.ApplyState(complaint, entity);
        entity.Updates.AddRange(NotYetStored(complaint.Updates, entity.Updates).Select(ComplaintMapping.ToEntity));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<Complaint>> ListOverdueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var utcNow = now.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.Complaints.AsNoTracking()
            .Include(c => c.Updates)
            .Where(c => Unresolved.Contains(c.Status) && c.PromisedBy < utcNow)
            .OrderBy(c => c.PromisedBy)
            .ThenBy(c => c.Id)
            .ToListAsync(ct);
        return [.. entities.Select(ComplaintMapping.ToDomain)];
    }

    // A note is new when the stored notes do not already hold an equal one (counting duplicates). Times are compared
    // at the store's precision (the binary DateTimeOffset column keeps 100 µs), or every save would append them again.
    private static List<ComplaintUpdate> NotYetStored(IReadOnlyList<ComplaintUpdate> updates, List<ComplaintUpdateEntity> stored)
    {
        var remaining = stored.ToList();
        var added = new List<ComplaintUpdate>();
        foreach (var update in updates)
        {
            var at = AtStorePrecision(update.At);
            var match = remaining.FindIndex(u => AtStorePrecision(u.At) == at && u.Text == update.Text && u.Author == update.Author);
            if (match >= 0)
            {
                remaining.RemoveAt(match);
            }
            else
            {
                added.Add(update);
            }
        }
        return added;
    }

    private static long AtStorePrecision(DateTimeOffset at) => at.UtcTicks - (at.UtcTicks % StoreTickPrecision);
}
