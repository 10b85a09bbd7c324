using Bot.Data.Complaints;
using Bot.Data.Customers;
using Bot.Data.Shipments;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Demo;

/// <summary>
/// Demo customers (two of every tier), 56 shipments (every stage, several late and in exception, delivered with signers)
/// and six complaints in every state, so that a fresh <c>dotnet run</c> has something to track and ask about. Times
/// are relative to the clock at seeding.
/// </summary>
public static class DemoData
{
    /// <summary>Tracking numbers of the demo shipments, for the README and tests.</summary>
    public static IReadOnlyList<string> TrackingNumbers { get; } =
        [.. DemoShipments.Create(DateTimeOffset.UnixEpoch).Select(s => s.Number.Value)];

    /// <summary>
    /// Inserts the demo data when the shipment table is empty; otherwise does nothing. Demo customers already present
    /// are kept; the complaints are added only when there are none yet.
    /// </summary>
    public static async Task SeedAsync(BotDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.Shipments.AnyAsync(ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        var ids = DemoCustomers.All.Select(c => c.Id).ToList();
        var existing = await db.Customers.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        db.Customers.AddRange(DemoCustomers.All.Where(c => !existing.Contains(c.Id)).Select(CustomerMapping.ToEntity));
        var shipments = DemoShipments.Create(now);
        db.Shipments.AddRange(shipments.Select(ShipmentMapping.ToEntity));
        if (!await db.Complaints.AnyAsync(ct))
        {
            db.Complaints.AddRange(DemoComplaints.Create(now, shipments).Select(ComplaintMapping.ToEntity));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
