using System.Text;
using Bot.Data.Demo;
using Bot.Data.Import;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Data.Tests.Import;

public sealed class ShipmentImporterTests
{
    [Fact]
    public async Task The_csv_samples_import_together_into_an_empty_store()
    {
        await using var store = await ImportStore.CreateAsync();
        var batch = ImportStore.SampleBatch("customers.csv");
        batch.Append(ImportStore.SampleBatch("shipments.csv"));
        batch.Append(ImportStore.SampleBatch("events.csv"));

        var result = await store.ImportAsync(batch);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new ImportSummary(new(3, 0, 0), new(4, 0, 0), new(15, 0, 0)), result.Summary);
        Assert.Equal((3, 4, 4, 15), await store.CountsAsync());
        var customer = await store.Services.GetRequiredService<ICustomerStore>().FindAsync("CUST-2101", default);
        Assert.Equal(["Ma Jun 马骏", "Qiao, Lan 乔兰 (logistics desk \"B\")"], customer!.Contacts.Select(c => c.Name));
        var delivered = await store.Services.GetRequiredService<IShipmentStore>().FindAsync(TrackingNumber.Parse("SF9261126000204"), default);
        Assert.Equal("Fang Qing 方青 (reception, \"Lab 3\")", delivered!.Delivery!.SignedBy);
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_and_records_no_new_event()
    {
        await using var store = await ImportStore.CreateAsync();
        var first = await store.ImportSampleAsync("demo-import.json");
        var before = await store.SnapshotAsync();

        var second = await store.ImportSampleAsync("demo-import.json");

        Assert.Equal(new ImportSummary(new(3, 0, 0), new(12, 0, 0), new(46, 0, 0)), first.Summary);
        Assert.Equal(46, first.NewEvents.Count);
        Assert.Equal(new ImportSummary(new(0, 0, 3), new(0, 0, 12), new(0, 0, 46)), second.Summary);
        Assert.Empty(second.NewEvents);
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_with_good_and_bad_rows_writes_nothing_and_reports_every_problem()
    {
        await using var store = await ImportStore.CreateAsync();
        await store.ImportSampleAsync("demo-import.json");
        var before = await store.SnapshotAsync();

        var result = await store.ImportSampleAsync("bad-rows.csv");

        Assert.False(result.Succeeded);
        Assert.Empty(result.NewEvents);
        Assert.Equal(
        [
            (3, ImportProblemKind.UnknownStage),
            (4, ImportProblemKind.BadTrackingNumber),
            (5, ImportProblemKind.TimestampWithoutOffset),
            (6, ImportProblemKind.UnknownShipment),
            (7, ImportProblemKind.MissingField),
            (8, ImportProblemKind.Duplicate),
            (9, ImportProblemKind.InvalidValue),
        ], result.Problems.Select(p => (p.Line, p.Kind)));
        Assert.All(result.Problems, p => Assert.Equal("bad-rows.csv", p.Source));
        Assert.Contains("already on line 2", result.Problems[5].Reason, StringComparison.Ordinal);
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Fact]
    public async Task Changed_rows_are_updated_and_only_really_new_events_are_returned()
    {
        await using var store = await ImportStore.CreateAsync();
        await store.ImportSampleAsync("demo-import.json");

        var result = await store.ImportAsync(Json("""
            {
              "customers": [ { "id": "CUST-2003", "name": "Zhao Lei 赵磊", "tier": "suitable" } ],
              "shipments": [ { "trackingNumber": "JDIM2611260000104", "customerId": "CUST-2002",
                "promisedFrom": "2026-11-27T09:00:00+08:00", "promisedTo": "2026-11-29T18:00:00+08:00" } ],
              "events": [
                { "trackingNumber": "JDIM2611260000104", "stage": "inTransit", "location": "Jinan hub 济南转运中心", "at": "2026-11-24T23:45:00Z" },
                { "trackingNumber": "JDIM2611260000104", "stage": "outForDelivery", "location": "Nanjing Xuanwu 南京玄武", "at": "2026-11-26T09:00:00+08:00" }
              ]
            }
            """));

        Assert.Equal(new ImportSummary(new(0, 1, 0), new(0, 1, 0), new(1, 0, 1)), result.Summary);
        var added = Assert.Single(result.NewEvents);
        Assert.Equal(("JDIM2611260000104", ShipmentStage.OutForDelivery), (added.Number.Value, added.Event.Stage));
        var shipment = await store.Services.GetRequiredService<IShipmentStore>().FindAsync(added.Number, default);
        Assert.Equal(ShipmentStage.OutForDelivery, shipment!.CurrentStage);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.FromHours(8)), shipment.PromisedDelivery.To);
        Assert.Null(shipment.Consignee.Phone);
        var customer = await store.Services.GetRequiredService<ICustomerStore>().FindAsync("CUST-2003", default);
        Assert.Equal(CustomerTier.Suitable, customer!.Tier);
        Assert.Single(customer.Contacts);
    }

    [Fact]
    public async Task Listed_contacts_replace_the_stored_ones()
    {
        await using var store = await ImportStore.CreateAsync();
        await store.ImportSampleAsync("demo-import.json");

        var result = await store.ImportAsync(Json("""
            { "customers": [ { "id": "CUST-2001", "name": "Pearl River Furniture 珠江家具", "tier": "key",
                "contacts": [ { "name": "Xu Gang 徐刚", "phone": "+86 139 2602 5522" } ] } ] }
            """));

        Assert.Equal(new ImportCounts(0, 1, 0), result.Summary.Customers);
        var customer = await store.Services.GetRequiredService<ICustomerStore>().FindAsync("CUST-2001", default);
        Assert.Equal([new CustomerContact("Xu Gang 徐刚", "+86 139 2602 5522")], customer!.Contacts);
        Assert.Equal(3, (await store.CountsAsync()).Contacts);
    }

    [Fact]
    public async Task References_resolve_against_the_import_and_the_store_and_unknown_ones_are_problems()
    {
        await using var store = await ImportStore.CreateAsync();
        await store.ImportSampleAsync("demo-import.json");
        var before = await store.SnapshotAsync();

        var result = await store.ImportAsync(Json("""
            {
              "shipments": [
                { "trackingNumber": "SF9261126000901", "customerId": "CUST-2001", "promisedFrom": "2026-11-27T09:00:00+08:00", "promisedTo": "2026-11-28T09:00:00+08:00" },
                { "trackingNumber": "SF9261126000902", "customerId": "NOBODY", "promisedFrom": "2026-11-27T09:00:00+08:00", "promisedTo": "2026-11-28T09:00:00+08:00" },
                { "trackingNumber": "SF9261126000901", "customerId": "CUST-2001", "promisedFrom": "2026-11-27T09:00:00+08:00", "promisedTo": "2026-11-28T09:00:00+08:00" }
              ],
              "events": [
                { "trackingNumber": "SF9261126000901", "stage": "created", "at": "2026-11-26T09:00:00+08:00" },
                { "trackingNumber": "JDIM2611260000101", "stage": "pickedUp", "at": "2026-11-26T09:00:00+08:00" },
                { "trackingNumber": "SF9261126000999", "stage": "created", "at": "2026-11-26T09:00:00+08:00" }
              ]
            }
            """));

        Assert.Equal(
        [
            (4, ImportProblemKind.UnknownCustomer),
            (5, ImportProblemKind.Duplicate),
            (10, ImportProblemKind.UnknownShipment),
        ], result.Problems.Select(p => (p.Line, p.Kind)));
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Fact]
    public void The_json_sample_covers_every_stage_and_collides_with_no_demo_number()
    {
        var batch = ImportStore.SampleBatch("demo-import.json");

        Assert.Empty(batch.Problems);
        Assert.True(batch.Shipments.Count >= 10);
        Assert.Equal(Enum.GetValues<ShipmentStage>(), batch.Events.Select(e => e.Event.Stage).Distinct().Order());
        Assert.Empty(batch.Shipments.Select(s => s.Number.Value).Intersect(DemoData.TrackingNumbers));
        Assert.Empty(ImportStore.SampleBatch("shipments.csv").Shipments.Select(s => s.Number.Value).Intersect(DemoData.TrackingNumbers));
        Assert.Equal(Enum.GetValues<CustomerTier>().Order(), batch.Customers.Select(c => c.Customer.Tier).Order());
    }

    private static ImportBatch Json(string json) => JsonImportReader.Read(Encoding.UTF8.GetBytes(json), "test.json");
}
