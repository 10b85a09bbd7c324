using System.Net;
using System.Text.Json;
using Bot.Domain.Shipments;

namespace Bot.Host.Tests.Operations;

public sealed class ImportApiTests
{
    [Fact]
    public async Task Json_import_answers_the_counts_and_notifies_only_new_events_once()
    {
        await using var host = new OperationsHost();

        using var first = await host.ImportSampleAsync("demo-import.json");
        using var again = await host.ImportSampleAsync("demo-import.json");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var counts = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal(12, counts.RootElement.GetProperty("shipments").GetProperty("inserted").GetInt32());
        Assert.Equal(46, counts.RootElement.GetProperty("events").GetProperty("inserted").GetInt32());
        using var repeated = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(46, repeated.RootElement.GetProperty("events").GetProperty("skipped").GetInt32());
        Assert.Equal(3, repeated.RootElement.GetProperty("customers").GetProperty("skipped").GetInt32());
        var notified = Assert.Single(host.ShipmentNotifier.Calls);
        Assert.Equal(46, notified.Count);
        Assert.Equal(4, await host.StoredEventCountAsync("JDIM2611260000109"));
    }

    [Fact]
    public async Task Csv_files_import_one_kind_each_from_the_header_or_the_kind_parameter()
    {
        await using var host = new OperationsHost();

        using var customers = await host.ImportSampleAsync("customers.csv");
        using var shipments = await host.ImportSampleAsync("shipments.csv", "?kind=shipments");
        using var events = await host.ImportSampleAsync("events.csv");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { customers.StatusCode, shipments.StatusCode, events.StatusCode });
        using var json = JsonDocument.Parse(await events.Content.ReadAsStringAsync());
        Assert.Equal(15, json.RootElement.GetProperty("events").GetProperty("inserted").GetInt32());
        var delivered = await host.Service<IShipmentStore>().FindAsync(TrackingNumber.Parse("SF9261126000204"), default);
        Assert.Equal(ShipmentStage.Delivered, delivered!.CurrentStage);
    }

    [Fact]
    public async Task Bad_rows_answer_422_with_every_error_and_nothing_is_written_or_notified()
    {
        await using var host = new OperationsHost();
        using var loaded = await host.ImportSampleAsync("demo-import.json");
        var eventsBefore = await host.StoredEventCountAsync("JDIM2611260000104");

        using var response = await host.ImportSampleAsync("bad-rows.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal("stage", errors[0].GetProperty("field").GetString());
        Assert.Contains("'arrived' is unknown", errors[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("unknownShipment", errors[3].GetProperty("code").GetString());
        Assert.Equal(eventsBefore, await host.StoredEventCountAsync("JDIM2611260000104"));
        Assert.Single(host.ShipmentNotifier.Calls);
    }

    [Fact]
    public async Task Wrong_media_type_is_415_an_unknown_kind_400_and_a_body_over_the_limit_413()
    {
        await using var host = new OperationsHost(configure: f => f.WithConfig("Operations:MaxImportBytes", "2048"));

        using var text = await host.PostAsync("/api/operations/import", "{}", "text/plain");
        using var kind = await host.PostAsync("/api/operations/import?kind=orders", "id,name\n", "text/csv");
        using var large = await host.PostAsync("/api/operations/import", $"{{\"customers\":[],\"x\":\"{new string('a', 3000)}\"}}", "application/json");
        using var empty = await host.PostAsync("/api/operations/import", "{}", "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
    }

    [Fact]
    public async Task A_failing_notifier_does_not_undo_the_import()
    {
        await using var host = new OperationsHost(failingNotifier: true);

        using var response = await host.ImportSampleAsync("demo-import.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.ShipmentNotifier.Calls);
        Assert.Equal(5, await host.StoredEventCountAsync("JDIM2611260000107"));
    }
}
