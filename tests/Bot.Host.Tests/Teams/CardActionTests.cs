using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Host.Operations;
using Bot.Host.Tests.Infrastructure;
using Bot.Host.Tests.Messaging;

namespace Bot.Host.Tests.Teams;

// The tracking card's "Refresh" (Action.Execute) as Teams sends it: an adaptiveCard/action invoke through
// POST /api/messages, answered on the HTTP response with a Universal Actions body (PROTOCOL.md §2.3).
public sealed class CardActionTests : IAsyncLifetime
{
    private const string OperatorKey = "card-action-test-key";
    private const string Number = "SF1234567890123";

    private readonly BotHostFactory host = new BotHostFactory().WithConfig("Operations:ApiKey", OperatorKey);
    private FakeTeamsConnector teams = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        teams = await FakeTeamsConnector.StartAsync();
        client = host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
        await teams.DisposeAsync();
    }

    [Fact]
    public async Task Refresh_returns_the_public_card_with_the_number_and_the_current_stage()
    {
        var body = await InvokeAsync(Action("tracking.refresh", new JsonObject { ["number"] = Number }));

        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var card = body["value"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal(Number, (string?)card["body"]![0]!["text"]);
        Assert.Equal("In transit", (string?)card["body"]![1]!["text"]);
        var refresh = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal(("Action.Execute", "tracking.refresh", Number), ((string?)refresh!["type"], (string?)refresh["verb"], (string?)refresh["data"]!["number"]));
        // The card may be seen by everyone in the chat: no receiver name or address.
        Assert.DoesNotContain("Liu Yang", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("体育西路", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(teams.Requests);
    }

    [Fact]
    public async Task After_a_new_scan_is_stored_the_refreshed_card_shows_the_new_stage()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        using var scan = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/operations/shipments/{Number}/events", UriKind.Relative))
        {
            Content = new StringContent(
                $$"""{"stage":"OutForDelivery","location":"Guangzhou Tianhe 广州天河","at":"{{at}}"}""", Encoding.UTF8, "application/json"),
        };
        scan.Headers.Add(OperatorKeyFilter.HeaderName, OperatorKey);
        using var stored = await client.SendAsync(scan);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);

        var body = await InvokeAsync(Action("tracking.refresh", new JsonObject { ["number"] = Number }));

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("Out for delivery", (string?)body["value"]!["body"]![1]!["text"]);
        Assert.Contains("Guangzhou Tianhe", body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_verb_is_answered_with_an_error_body()
    {
        var body = await InvokeAsync(Action("tracking.cancel", new JsonObject { ["number"] = Number }));

        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("NotSupported", (string?)body["value"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)body["value"]!["message"]));
    }

    [Fact]
    public async Task Value_without_an_action_is_a_bad_request_error_body_not_a_server_error()
    {
        var body = await InvokeAsync(new JsonObject { ["trigger"] = "manual" });

        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task Unknown_number_is_answered_with_a_not_found_message()
    {
        var body = await InvokeAsync(Action("tracking.refresh", new JsonObject { ["number"] = "SF0000000000001" }));

        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("I couldn't find a shipment with the number SF0000000000001 in our system.", (string?)body["value"]);
    }

    private static JsonObject Action(string verb, JsonObject data) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "refresh", ["verb"] = verb, ["data"] = data },
        ["trigger"] = "manual",
    };

    private async Task<JsonNode> InvokeAsync(JsonObject value)
    {
        var invoke = TeamsActivityJson.Message(teams.ServiceUrl, "personal", TeamsActivityJson.NewPersonalConversation(), "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke.Remove("textFormat");
        invoke["value"] = value;

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), ActivityJson.Content(invoke));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
