using Bot.Data.Demo;
using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;
using Bot.Language;
using Bot.Language.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Data.Tests.Demo;

public sealed class DemoDataTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private TempStore _store = null!;

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now, seedDemoData: true);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task At_least_fifty_shipments_stand_at_every_stage_with_late_and_exception_ones()
    {
        var shipments = await ShipmentsAsync();

        Assert.True(shipments.Count >= 50, $"{shipments.Count} demo shipments");
        Assert.Equal(Enum.GetValues<ShipmentStage>(), shipments.Select(s => s.CurrentStage).Distinct().Order());
        Assert.True(shipments.Count(s => s.IsLate(Now)) >= 3);
        Assert.True(shipments.Count(s => s.IsException && !string.IsNullOrWhiteSpace(s.ExceptionReason)) >= 2);
        Assert.Contains(shipments, s => s.WasDeliveredLate);
        Assert.All(shipments.Where(s => s.IsDelivered), s => Assert.False(string.IsNullOrWhiteSpace(s.Delivery!.SignedBy)));
        Assert.All(shipments.Where(s => s.CurrentStage == ShipmentStage.Returned),
            s => Assert.False(string.IsNullOrWhiteSpace(s.LastScan!.ExceptionReason)));
        Assert.All(shipments, s => Assert.InRange(s.LastScan!.At, Now.AddDays(-30), Now));
        Assert.All(shipments, s => Assert.Equal(ShipmentStage.Created, s.Timeline[0].Stage));
        Assert.All(shipments, s => Assert.False(string.IsNullOrWhiteSpace(s.Consignee.Address)));
    }

    [Fact]
    public async Task Every_tier_has_two_customers_with_shipments_and_every_key_customer_a_Teams_contact()
    {
        await using var db = await _store.CreateDbAsync();
        var customers = await db.Customers.Include(c => c.Contacts).ToListAsync();
        var owners = (await ShipmentsAsync()).Select(s => s.CustomerId).ToHashSet();

        Assert.All(Enum.GetValues<CustomerTier>(), tier => Assert.True(customers.Count(c => c.Tier == tier) >= 2, $"tier {tier}"));
        Assert.All(customers, c => Assert.Contains(c.Id, owners));
        Assert.All(customers.Where(c => c.Tier == CustomerTier.Key),
            c => Assert.Contains(c.Contacts, x => !string.IsNullOrWhiteSpace(x.AadObjectId)));
        var known = await _store.Get<ICustomerStore>().FindByAadObjectIdAsync(DemoCustomers.KeyAccountContactAadObjectId, default);
        Assert.Equal(DemoCustomers.KeyAccount, known!.Id);
    }

    [Fact]
    public void Every_demo_number_is_recognised_whole_in_a_default_format()
    {
        var finder = new TrackingNumberFinder(Options.Create(new LanguageOptions()));
        var strictS10 = new TrackingNumberFinder(Options.Create(new LanguageOptions { RequireValidS10CheckDigit = true }));

        Assert.Equal(DemoData.TrackingNumbers.Count, DemoData.TrackingNumbers.Distinct().Count());
        Assert.All(DemoData.TrackingNumbers, number =>
        {
            Assert.Equal(number, TrackingNumber.Parse(number).Value);
            Assert.Equal([number], finder.Find($"where is {number.ToLowerInvariant()}?").Select(e => e.Value));
            Assert.Equal([number], finder.Find($"单号{number}怎么还没到").Select(e => e.Value));
        });
        // The generated UPU numbers carry correct check digits; the featured RA123456789CN predates them.
        Assert.All(DemoData.TrackingNumbers.Skip(8), number => Assert.Single(strictS10.Find(number)));
        Assert.Contains(DemoData.TrackingNumbers, n => n.StartsWith("JD", StringComparison.Ordinal));
        Assert.Contains(DemoData.TrackingNumbers, n => n.StartsWith("YT", StringComparison.Ordinal));
        Assert.Contains(DemoData.TrackingNumbers, n => n.StartsWith("ZT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Phone_last_four_digits_tell_every_consignee_apart_and_from_the_shipper()
    {
        var shipments = await ShipmentsAsync();
        static string LastFour(string? phone) => new([.. (phone ?? string.Empty).Where(char.IsAsciiDigit).TakeLast(4)]);

        Assert.All(shipments, s => Assert.NotEqual(LastFour(s.Shipper.Phone), LastFour(s.Consignee.Phone)));
        Assert.All(shipments, s => Assert.Equal(4, LastFour(s.Consignee.Phone).Length));
        Assert.Equal(shipments.Count, shipments.Select(s => LastFour(s.Consignee.Phone)).Distinct().Count());
        Assert.Empty(shipments.Select(s => LastFour(s.Consignee.Phone)).Intersect(shipments.Select(s => LastFour(s.Shipper.Phone))));
    }

    [Fact]
    public async Task Demo_complaints_cover_every_state_with_references_from_000001()
    {
        var complaints = _store.Get<IComplaintStore>();
        var found = new List<Complaint>();
        for (var serial = 1; await complaints.FindAsync(new ComplaintReference(2026, serial), default) is { } complaint; serial++)
        {
            found.Add(complaint);
        }

        Assert.True(found.Count >= 5, $"{found.Count} demo complaints");
        Assert.Contains(found, c => c.Status == ComplaintStatus.Open && !c.IsOverdue(Now));
        Assert.Contains(found, c => c.Status == ComplaintStatus.InProgress && c.LatestUpdate is not null && !c.IsOverdue(Now));
        Assert.Contains(found, c => c.Status == ComplaintStatus.Resolved && c.Lifecycle.SatisfiedWithResult is null && c.Resolution is not null);
        Assert.Contains(found, c => c.Status == ComplaintStatus.Closed && c.ClosedAt is not null && c.Lifecycle.SatisfiedWithResult == true);
        Assert.Contains(found, c => c.Details.TrackingNumber is null);
        Assert.Contains(found, c => c.Details.Description == "我的货都交给你们10多天了，怎么还没有到？");
        Assert.NotEmpty(await complaints.ListOverdueAsync(Now, default));
        var shipments = (await ShipmentsAsync()).Select(s => s.Number).ToHashSet();
        Assert.All(found.Where(c => c.Details.TrackingNumber is not null), c => Assert.Contains(c.Details.TrackingNumber!, shipments));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_a_store_with_shipments_is_left_alone()
    {
        var before = await CountsAsync();
        _store.Time.Advance(TimeSpan.FromDays(400));
        await using (var db = await _store.CreateDbAsync())
        {
            await DemoData.SeedAsync(db, _store.Time, default);
        }

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(DemoData.TrackingNumbers.Count, before.Shipments);
        Assert.Equal(DemoData.TrackingNumbers.Order(), (await ShipmentsAsync()).Select(s => s.Number.Value).Order());
    }

    [Fact]
    public async Task Demo_complaints_are_not_added_to_a_store_that_already_has_complaints()
    {
        await using var empty = await TempStore.CreateAsync(Now);
        var seededComplaint = await _store.Get<IComplaintStore>().FindAsync(new ComplaintReference(2026, 1), default);
        var own = await empty.Get<IComplaintStore>().CreateAsync(seededComplaint!.Details, default);

        await using (var db = await empty.CreateDbAsync())
        {
            await DemoData.SeedAsync(db, empty.Time, default);
        }

        await using var check = await empty.CreateDbAsync();
        Assert.Equal(DemoData.TrackingNumbers.Count, await check.Shipments.CountAsync());
        Assert.Equal([own.Reference.ToString()], await check.Complaints.Select(c => c.Reference).ToListAsync());
    }

    private async Task<(int Customers, int Shipments, int Events, int Complaints, int Updates)> CountsAsync()
    {
        await using var db = await _store.CreateDbAsync();
        return (await db.Customers.CountAsync(), await db.Shipments.CountAsync(), await db.ShipmentEvents.CountAsync(),
            await db.Complaints.CountAsync(), await db.ComplaintUpdates.CountAsync());
    }

    private async Task<IReadOnlyList<Shipment>> ShipmentsAsync() =>
        await _store.Get<IShipmentStore>().FindManyAsync([.. DemoData.TrackingNumbers.Select(TrackingNumber.Parse)], default);
}
