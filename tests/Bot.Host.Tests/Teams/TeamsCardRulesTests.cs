using System.Net;
using System.Text.Json.Nodes;
using Bot.Data.Demo;
using Bot.Host.Tests.Messaging;

namespace Bot.Host.Tests.Teams;

// Every Adaptive Card the dialogs send to Teams must render there: version 1.5 at most, and only the actions Teams knows.
public sealed class TeamsCardRulesTests : IAsyncLifetime
{
    // The featured demo shipments: one per story, every stage (late, exception, delivered, returned ...).
    private static readonly string[] Featured = [.. DemoData.TrackingNumbers.Take(8)];

    private TeamsTestHost host = null!;

    public async Task InitializeAsync() => host = await TeamsTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    public async Task Every_tracking_card_renders_in_Teams_with_its_refresh_action(string conversationType)
    {
        var conversation = conversationType == "personal" ? TeamsActivityJson.NewPersonalConversation() : TeamsActivityJson.NewGroupChat();
        foreach (var number in Featured)
        {
            await host.PostAsync(TeamsActivityJson.Message(host.ServiceUrl, conversationType, conversation,
                $"<at>Parcel Helper</at> where is {number}", mentionBot: conversationType != "personal"));
        }

        var cards = TeamsCards.AdaptiveCardsOf(host.Sent).ToList();
        Assert.Equal(Featured.Length, cards.Count);
        Assert.All(cards, TeamsCards.AssertRendersInTeams);
        Assert.All(cards, c => Assert.Contains(c["actions"]!.AsArray(), a => (string?)a!["type"] == "Action.Execute"));
        TeamsCards.AssertButtonsWork(host.Sent, shared: conversationType != "personal");
    }

    [Fact]
    public async Task Refreshed_tracking_card_renders_in_Teams()
    {
        foreach (var number in Featured)
        {
            var invoke = TeamsActivityJson.Message(host.ServiceUrl, "channel", TeamsActivityJson.TeamId, "");
            invoke["type"] = "invoke";
            invoke["name"] = "adaptiveCard/action";
            invoke["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "tracking.refresh", ["data"] = new JsonObject { ["number"] = number } },
                ["trigger"] = "manual",
            };
            using var client = host.Host.CreateClient();

            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), ActivityJson.Content(invoke));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(TeamsCards.AdaptiveCard, (string?)body["type"]);
            TeamsCards.AssertRendersInTeams(body["value"]!.AsObject());
        }
    }

    [Fact]
    public void A_card_above_version_1_5_or_with_an_unknown_action_is_caught()
    {
        var tooNew = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.6", ["body"] = new JsonArray() };
        var unknownAction = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Popover", ["title"] = "More" }),
            }),
        };

        Assert.ThrowsAny<Exception>(() => TeamsCards.AssertRendersInTeams(tooNew));
        Assert.ThrowsAny<Exception>(() => TeamsCards.AssertRendersInTeams(unknownAction));
    }
}
