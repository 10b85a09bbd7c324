using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Teams;

// Inbound activities shaped like Teams' (PROTOCOL.md §5): bot 28:..., users 29:..., tenant in channelData, mentions as entities.
internal static class TeamsActivityJson
{
    public const string BotId = "28:parcel-helper-app";
    public const string BotName = "Parcel Helper";
    public const string Tenant = "72f988bf-0000-4000-8000-000000000001";
    public const string TeamId = "19:team-general@thread.tacv2";

    public static JsonObject Message(string serviceUrl, string conversationType, string conversationId, string text, bool mentionBot = false)
    {
        var activity = Base("message", serviceUrl, conversationType, conversationId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        if (mentionBot)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = $"<at>{BotName}</at>",
            });
        }
        return activity;
    }

    public static JsonObject Installed(string serviceUrl, string conversationType, string conversationId, params string[] memberIds)
    {
        var activity = Base("conversationUpdate", serviceUrl, conversationType, conversationId);
        activity["membersAdded"] = new JsonArray([.. memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        if (conversationType == "channel")
        {
            activity["channelData"]!["eventType"] = "teamMemberAdded";
            activity["channelData"]!["team"] = new JsonObject { ["id"] = TeamId };
        }
        return activity;
    }

    public static string NewPersonalConversation() => $"a:1{Guid.NewGuid():N}";

    public static string NewGroupChat() => $"19:{Guid.NewGuid():N}@thread.v2";

    private static JsonObject Base(string type, string serviceUrl, string conversationType, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = $"1{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}",
        ["timestamp"] = "2026-11-26T08:00:00.000Z",
        ["localTimestamp"] = "2026-11-26T16:00:00.000+08:00",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:1user-li-wei", ["name"] = "Li Wei", ["aadObjectId"] = "5a1e0000-0000-4000-8000-00000000a11e" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["tenantId"] = Tenant,
            ["isGroup"] = conversationType == "personal" ? null : true,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "en-US",
    };
}
