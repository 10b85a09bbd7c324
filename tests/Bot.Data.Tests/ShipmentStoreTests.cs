using Bot.Data.Customers;
using Bot.Data.Demo;
using Bot.Data.Shipments;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Data.Tests;

public sealed class ShipmentStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-data-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(Now);
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_time)
            .AddBotData($"Data Source={Path.Combine(_folder, "bot.db")}")
            .Configure<StoreOptions>(o => o.SeedDemoData = false)
            .BuildServiceProvider();
        await _services.MigrateBotDataAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Shipment_round_trips_with_its_timeline_in_time_order_and_its_private_details()
    {
        var number = TrackingNumber.Parse("SF1234567890123");
        var shipper = new ShipmentParty("Shipper", "+86 755 1234 5678", "Shenzhen");
        var consignee = new ShipmentParty("Consignee", "+86 138 0000 1111", "Shanghai");
        var delivered = new Shipment(number, "C1", new DeliveryWindow(Now.AddDays(-1), Now.AddDays(1)),
        [
            new(ShipmentStage.Delivered, "Shanghai", Now.AddHours(-1), SignedBy: "Zhou Qiang"),
            new(ShipmentStage.Created, "Shenzhen", Now.AddDays(-3), DescriptionKey: "shipment.event.label-printed"),
            new(ShipmentStage.Exception, "Nanjing", Now.AddDays(-2), ExceptionReason: "Carton damaged"),
            new(ShipmentStage.OutForDelivery, "Shanghai", Now.AddHours(-5)),
        ], shipper, consignee);
        await AddAsync(new Customer("C1", "Customer one", CustomerTier.General), delivered);

        var found = await _services.GetRequiredService<IShipmentStore>().FindAsync(number, default);

        Assert.NotNull(found);
        Assert.Equal(
            [ShipmentStage.Created, ShipmentStage.Exception, ShipmentStage.OutForDelivery, ShipmentStage.Delivered],
            found.Timeline.Select(e => e.Stage));
        Assert.Equal(delivered.Timeline, found.Timeline);
        Assert.Equal(ShipmentStage.Delivered, found.CurrentStage);
        Assert.Equal("Zhou Qiang", found.Delivery!.SignedBy);
        Assert.Equal("Carton damaged", found.Timeline[1].ExceptionReason);
        Assert.Equal(Now.AddHours(-1), found.LastScan!.At);
        Assert.Equal(delivered.PromisedDelivery, found.PromisedDelivery);
        Assert.Equal(shipper, found.Shipper);
        Assert.Equal(consignee, found.Consignee);
        Assert.Equal("C1", found.CustomerId);
    }

    [Fact]
    public async Task Exception_shipment_keeps_its_reason_and_unknown_number_is_null()
    {
        var number = TrackingNumber.Parse("773012345678");
        await AddAsync(new Customer("C1", "Customer one", CustomerTier.Key), new Shipment(number, "C1",
            new DeliveryWindow(Now, Now.AddDays(1)),
            [new(ShipmentStage.InTransit, "Wuhan", Now.AddDays(-1)), new(ShipmentStage.Exception, "Wuhan", Now.AddHours(-2), ExceptionReason: "Address incomplete")]));
        var store = _services.GetRequiredService<IShipmentStore>();

        var found = await store.FindAsync(number, default);

        Assert.Equal(ShipmentStage.Exception, found!.CurrentStage);
        Assert.Equal("Address incomplete", found.ExceptionReason);
        Assert.Null(await store.FindAsync(TrackingNumber.Parse("999999999999"), default));
    }

    [Fact]
    public async Task FindMany_returns_the_known_shipments_in_the_order_asked_and_skips_an_unknown_number()
    {
        var window = new DeliveryWindow(Now, Now.AddDays(1));
        await AddAsync(new Customer("C1", "Customer one", CustomerTier.General),
            new Shipment(TrackingNumber.Parse("RA123456789CN"), "C1", window, [new(ShipmentStage.PickedUp, "A", Now)]),
            new Shipment(TrackingNumber.Parse("4300123456789"), "C1", window, [new(ShipmentStage.InTransit, "B", Now)]));

        var found = await _services.GetRequiredService<IShipmentStore>().FindManyAsync(
            [TrackingNumber.Parse("4300123456789"), TrackingNumber.Parse("SF0000000000000"), TrackingNumber.Parse("RA123456789CN")],
            default);

        Assert.Equal(["4300123456789", "RA123456789CN"], found.Select(s => s.Number.Value));
        Assert.Equal([ShipmentStage.InTransit, ShipmentStage.PickedUp], found.Select(s => s.CurrentStage));
    }

    [Fact]
    public async Task Customer_is_found_by_id_and_by_a_contact_aad_object_id_in_any_case()
    {
        var customer = new Customer("C9", "Key account", CustomerTier.Key,
        [
            new("Li Wei", "+86 138 0013 8000", "li@example.com", "6F1C2D3E-4B5A-4C6D-8E7F-9A0B1C2D3E4F"),
            new("Chen Jing", "+86 139 0755 2468"),
        ]);
        await AddAsync(customer);
        await AddAsync(new Customer("C8", "Other", CustomerTier.General, [new("Other", AadObjectId: "11111111-2222-3333-4444-555555555555")]));
        var store = _services.GetRequiredService<ICustomerStore>();

        var byAad = await store.FindByAadObjectIdAsync("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", default);
        var byId = await store.FindAsync("C9", default);

        Assert.Equal("C9", byAad!.Id);
        Assert.Equal(CustomerTier.Key, byAad.Tier);
        Assert.Equal(customer.Contacts, byAad.Contacts);
        Assert.Equal(customer.Contacts, byId!.Contacts);
        Assert.Equal("Key account", byId.Name);
        Assert.Null(await store.FindByAadObjectIdAsync("aaaaaaaa-0000-0000-0000-000000000000", default));
        Assert.Null(await store.FindAsync("nobody", default));
    }

    [Fact]
    public async Task Demo_seed_is_idempotent_and_covers_every_stage_and_tier()
    {
        var contexts = _services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await DemoData.SeedAsync(db, _time, default);
        }
        var first = await CountsAsync();
        _time.Advance(TimeSpan.FromDays(1));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await DemoData.SeedAsync(db, _time, default);
        }

        Assert.Equal(first, await CountsAsync());
        Assert.Equal((DemoCustomers.All.Count, DemoData.TrackingNumbers.Count), (first.Customers, first.Shipments));
        var shipments = await _services.GetRequiredService<IShipmentStore>().FindManyAsync(
            [.. DemoData.TrackingNumbers.Select(TrackingNumber.Parse)], default);
        Assert.Equal(DemoData.TrackingNumbers.Count, shipments.Count);
        Assert.Equal(Enum.GetValues<ShipmentStage>(), shipments.SelectMany(s => s.Timeline).Select(e => e.Stage).Distinct().Order());
        Assert.Contains(shipments, s => s.IsLate(Now) && s.CurrentStage == ShipmentStage.InTransit);
        Assert.Contains(shipments, s => s.IsException && !string.IsNullOrEmpty(s.ExceptionReason));
        Assert.Contains(shipments, s => !string.IsNullOrEmpty(s.Delivery?.SignedBy));
        Assert.All(shipments, s => Assert.True(s.LastScan!.At <= Now));
        var customers = await Task.WhenAll(shipments.Select(s => s.CustomerId).Distinct()
            .Select(id => _services.GetRequiredService<ICustomerStore>().FindAsync(id, default)));
        Assert.Equal(Enum.GetValues<CustomerTier>().Order(), customers.Select(c => c!.Tier).Distinct().Order());
        Assert.All(customers, c => Assert.Contains(c!.Contacts, x => !string.IsNullOrEmpty(x.Phone)));
    }

    [Fact]
    public async Task Migration_seeds_the_demo_data_by_default_and_not_when_switched_off()
    {
        Assert.Equal(0, (await CountsAsync()).Shipments);
        await using var seeded = new ServiceCollection()
            .AddBotData($"Data Source={Path.Combine(_folder, "seeded.db")}")
            .BuildServiceProvider();

        await seeded.MigrateBotDataAsync();

        var found = await seeded.GetRequiredService<IShipmentStore>().FindAsync(TrackingNumber.Parse("SF1234567890123"), default);
        Assert.Equal(ShipmentStage.InTransit, found!.CurrentStage);
    }

    private async Task<(int Customers, int Contacts, int Shipments, int Events)> CountsAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return (await db.Customers.CountAsync(), await db.CustomerContacts.CountAsync(),
            await db.Shipments.CountAsync(), await db.ShipmentEvents.CountAsync());
    }

    private async Task AddAsync(Customer customer, params Shipment[] shipments)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        db.Customers.Add(CustomerMapping.ToEntity(customer));
        db.Shipments.AddRange(shipments.Select(ShipmentMapping.ToEntity));
        await db.SaveChangesAsync();
    }
}
