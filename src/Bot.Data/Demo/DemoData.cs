using Bot.Data.Customers;
using Bot.Data.Shipments;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Demo;

/// <summary>
/// Demo customers (one per tier) and shipments (every stage, one late, one exception, one delivered with signer) so that
/// a fresh <c>dotnet run</c> has something to track. Times are relative to the clock at seeding.
/// </summary>
public static class DemoData
{
    /// <summary>Tracking numbers of the demo shipments, for the README and tests.</summary>
    public static IReadOnlyList<string> TrackingNumbers { get; } =
        [.. DemoShipments.Create(DateTimeOffset.UnixEpoch).Select(s => s.Number.Value)];

    /// <summary>Inserts the demo data when the shipment table is empty; otherwise does nothing.</summary>
    public static async Task SeedAsync(BotDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.Shipments.AnyAsync(ct))
        {
            return;
        }

        var ids = DemoCustomers.All.Select(c => c.Id).ToList();
        var existing = await db.Customers.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        db.Customers.AddRange(DemoCustomers.All.Where(c => !existing.Contains(c.Id)).Select(CustomerMapping.ToEntity));
        db.Shipments.AddRange(DemoShipments.Create(time.GetUtcNow()).Select(ShipmentMapping.ToEntity));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
