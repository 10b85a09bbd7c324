using Bot.Domain.Shipments;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Shipments;

internal sealed class EfShipmentStore(IDbContextFactory<BotDbContext> contexts) : IShipmentStore
{
    public async Task<Shipment?> FindAsync(TrackingNumber number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Shipments.AsNoTracking()
            .Include(s => s.Events)
            .SingleOrDefaultAsync(s => s.TrackingNumber == number.Value, ct);
        return entity is null ? null : ShipmentMapping.ToDomain(entity);
    }

    public async Task<IReadOnlyList<Shipment>> FindManyAsync(IReadOnlyList<TrackingNumber> numbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var wanted = numbers.Select(n => n.Value).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Shipments.AsNoTracking()
            .Include(s => s.Events)
            .Where(s => wanted.Contains(s.TrackingNumber))
            .ToDictionaryAsync(s => s.TrackingNumber, StringComparer.Ordinal, ct);
        return [.. wanted.Where(found.ContainsKey).Select(n => ShipmentMapping.ToDomain(found[n]))];
    }
}
