using System.Net;
using System.Text.Json;
using Bot.Domain.Shipments;

namespace Bot.Host.Tests.Operations;

public sealed class ShipmentEventApiTests
{
    private const string Number = "JDIM2611260000104";
    private const string Path = "/api/operations/shipments/JDIM-2611260000104/events";
    private const string Delivered = """{"stage":"Delivered","location":"Nanjing Xuanwu 南京玄武","at":"2026-11-26T14:05:00+08:00","signedBy":"Tang Wei 唐伟"}""";

    [Fact]
    public async Task A_new_event_is_created_and_notified_and_the_same_event_again_is_a_duplicate()
    {
        await using var host = await LoadedHostAsync();

        using var created = await host.PostAsync(Path, Delivered, "application/json");
        using var duplicate = await host.PostAsync(Path, Delivered, "application/json");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using (var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()))
        {
            Assert.Equal("delivered", json.RootElement.GetProperty("stage").GetString());
            Assert.False(json.RootElement.GetProperty("duplicate").GetBoolean());
        }
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        using (var json = JsonDocument.Parse(await duplicate.Content.ReadAsStringAsync()))
        {
            Assert.True(json.RootElement.GetProperty("duplicate").GetBoolean());
        }
        // The first call is the import that loaded the shipments; the duplicate notified nothing.
        Assert.Equal(2, host.ShipmentNotifier.Calls.Count);
        var notified = Assert.Single(host.ShipmentNotifier.Calls.Last());
        Assert.Equal((Number, ShipmentStage.Delivered, "Tang Wei 唐伟"), (notified.Number.Value, notified.Event.Stage, notified.Event.SignedBy));
        var shipment = await host.Service<IShipmentStore>().FindAsync(TrackingNumber.Parse(Number), default);
        Assert.Equal(ShipmentStage.Delivered, shipment!.CurrentStage);
        Assert.Equal(5, shipment.Timeline.Count);
    }

    [Fact]
    public async Task Unknown_shipment_is_404_invalid_event_422_broken_json_or_number_400_other_media_415()
    {
        await using var host = await LoadedHostAsync();

        using var unknown = await host.PostAsync("/api/operations/shipments/SF0000000000001/events", Delivered, "application/json");
        using var invalid = await host.PostAsync(Path, """{"stage":"teleported","at":"2026-11-26T14:05:00"}""", "application/json");
        using var broken = await host.PostAsync(Path, """{"stage":""", "application/json");
        using var badNumber = await host.PostAsync("/api/operations/shipments/AB%231/events", Delivered, "application/json");
        using var text = await host.PostAsync(Path, Delivered, "text/plain");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.Equal(
            ["unknownStage", "timestampWithoutOffset"],
            problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Single(host.ShipmentNotifier.Calls);
        Assert.Equal(4, await host.StoredEventCountAsync(Number));
    }

    private static async Task<OperationsHost> LoadedHostAsync()
    {
        var host = new OperationsHost();
        using var response = await host.ImportSampleAsync("demo-import.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host;
    }
}
