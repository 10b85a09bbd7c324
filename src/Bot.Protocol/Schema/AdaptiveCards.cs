using System.Text.Json.Nodes;

namespace Bot.Protocol.Schema;

/// <summary>
/// Adaptive Card helpers. Cards are open JSON (<see cref="JsonObject"/>); version 1.5 is the highest Teams renders.
/// </summary>
public static class AdaptiveCards
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Create(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }
        return card;
    }

    public static Attachment ToAttachment(JsonObject card) => new() { ContentType = ContentTypes.AdaptiveCard, Content = card };

    public static JsonObject TextBlock(string text, bool wrap = true, string? weight = null, string? size = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        return block;
    }

    public static JsonObject Submit(string title, JsonNode data) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
}
