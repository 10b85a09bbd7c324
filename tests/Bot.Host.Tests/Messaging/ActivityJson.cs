using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Messaging;

/// <summary>Inbound activities as an Emulator-like channel sends them to /api/messages.</summary>
internal static class ActivityJson
{
    public static JsonObject Message(string text, string? deliveryMode = null, string serviceUrl = "http://127.0.0.1:9/") =>
        Activity("message", deliveryMode, serviceUrl, text);

    public static JsonObject Activity(string type, string? deliveryMode = null, string serviceUrl = "http://127.0.0.1:9/", string? text = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-26T08:00:00Z",
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = $"conv-{Guid.NewGuid():N}|livechat" },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        return activity;
    }

    public static JsonObject ConversationUpdate(string deliveryMode)
    {
        var activity = Activity("conversationUpdate", deliveryMode);
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            new JsonObject { ["id"] = "bot", ["name"] = "Bot" });
        return activity;
    }

    public static StringContent Content(JsonNode activity) => Content(activity.ToJsonString());

    public static StringContent Content(string body) =>
        new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
