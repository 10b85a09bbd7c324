using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Teams;

// What Teams renders (PROTOCOL.md §5.5): Adaptive Cards up to 1.5 with Submit / Execute / OpenUrl / ShowCard actions;
// hero card buttons of the supported CardAction types, never imBack where a click carries no mention.
internal static class TeamsCards
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";

    private static readonly string[] CardActions = ["Action.Submit", "Action.Execute", "Action.OpenUrl", "Action.ShowCard"];
    private static readonly string[] ButtonTypes = ["openUrl", "messageBack", "imBack", "invoke", "signin"];

    /// <summary>The Adaptive Cards attached to the bodies.</summary>
    public static IEnumerable<JsonObject> AdaptiveCardsOf(IEnumerable<JsonObject> bodies) =>
        bodies.SelectMany(b => b["attachments"]?.AsArray() ?? [])
            .Where(a => (string?)a!["contentType"] == AdaptiveCard)
            .Select(a => a!["content"]!.AsObject());

    /// <summary>The buttons of the hero cards attached to the bodies.</summary>
    public static IEnumerable<JsonObject> HeroButtonsOf(IEnumerable<JsonObject> bodies) =>
        bodies.SelectMany(b => b["attachments"]?.AsArray() ?? [])
            .Where(a => (string?)a!["contentType"] == HeroCard)
            .SelectMany(a => a!["content"]!["buttons"]?.AsArray() ?? [])
            .Select(b => b!.AsObject());

    /// <summary>Fails unless the card (and every card it shows) is version 1.5 or lower and uses only Teams' actions.</summary>
    public static void AssertRendersInTeams(JsonObject card)
    {
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        var version = Version.Parse((string?)card["version"] ?? "0.0");
        Assert.True(version <= new Version(1, 5), $"Adaptive Card version {version} is above 1.5, which Teams does not render.");
        foreach (var action in Actions(card))
        {
            Assert.Contains((string?)action["type"], CardActions);
            if (action["card"] is JsonObject shown)
            {
                AssertRendersInTeams(shown);
            }
        }
    }

    /// <summary>Fails unless every button is of a type Teams supports and, in a shared scope, comes back without a mention.</summary>
    public static void AssertButtonsWork(IEnumerable<JsonObject> bodies, bool shared)
    {
        foreach (var button in HeroButtonsOf(bodies))
        {
            Assert.Contains((string?)button["type"], ButtonTypes);
            if (shared)
            {
                Assert.NotEqual("imBack", (string?)button["type"]);
                Assert.True((string?)button["type"] != "messageBack" || button["value"] is JsonObject, "a messageBack without a value is dropped by the mention gate");
            }
        }
        if (shared)
        {
            Assert.All(bodies, b => Assert.Null(b["suggestedActions"]));
        }
    }

    // Actions anywhere in the card: the card's own, action sets, select actions.
    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when o["card"] is JsonObject && ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true => [o],
        JsonObject o => (((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true ? [o] : Enumerable.Empty<JsonObject>())
            .Concat(o.Where(p => p.Key != "card").SelectMany(p => Actions(p.Value))),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };
}
