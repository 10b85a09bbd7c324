using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Host.Tests.Teams;

namespace Bot.Host.Tests.EndToEnd;

// What Teams posts from the agents' channel (the Agents-in-Teams contract §2, §3, §5): a card button as an
// adaptiveCard/action invoke and an agent's reply in an escalation's thread, both on the thread's conversation.
internal static partial class AgentsChannelJson
{
    public const string ChannelId = "19:agents-desk@thread.tacv2";
    public const string TeamId = "19:agents-team@thread.tacv2";

    public const string AliceTeamsId = "29:1alice-teams";
    public const string AliceAadObjectId = "a11ce000-0000-4000-8000-0000000a11ce";
    public const string StrangerAadObjectId = "5e1f0000-0000-4000-8000-00000000beef";

    /// <summary>
    /// Alice, linked to a desk account. Her object id is in upper case on purpose (compared ignoring case), and her Teams
    /// name is not her desk name: the customer must see the desk's.
    /// </summary>
    public static JsonObject Alice => new() { ["id"] = AliceTeamsId, ["name"] = "Alice Chen", ["aadObjectId"] = AliceAadObjectId.ToUpperInvariant() };

    /// <summary>A member of the team no desk account is linked to (and the roster does not know).</summary>
    public static JsonObject Stranger => new() { ["id"] = "29:1stranger", ["name"] = "Sam Stranger", ["aadObjectId"] = StrangerAadObjectId };

    /// <summary>The thread Teams opens for a card posted at <paramref name="cardActivityId"/> in the agents' channel.</summary>
    public static string Thread(string cardActivityId) => $"{ChannelId};messageid={cardActivityId}";

    public static JsonObject Action(string serviceUrl, string cardActivityId, string verb, string escalationId, JsonObject? from = null)
    {
        var invoke = Base("invoke", serviceUrl, cardActivityId, from ?? Alice);
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = cardActivityId;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = new JsonObject { ["escalationId"] = escalationId },
            },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    /// <summary>Alice's reply in the thread (the app's consent lets the bot read it unmentioned; she may @mention it anyway).</summary>
    public static JsonObject Reply(string serviceUrl, string cardActivityId, string text, bool mentionBot = false)
    {
        var message = Base("message", serviceUrl, cardActivityId, Alice);
        message["text"] = mentionBot ? $"<at>{TeamsActivityJson.BotName}</at> {text}" : text;
        message["textFormat"] = "plain";
        if (mentionBot)
        {
            message["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = TeamsActivityJson.BotId, ["name"] = TeamsActivityJson.BotName },
                ["text"] = $"<at>{TeamsActivityJson.BotName}</at>",
            });
        }
        return message;
    }

    /// <summary>Every card element with this <c>verb</c> (actions may sit in the card's actions or in an ActionSet).</summary>
    public static IReadOnlyList<JsonObject> ActionsWithVerb(JsonNode card, string verb)
    {
        List<JsonObject> found = [];
        Collect(card, verb, found);
        return found;
    }

    /// <summary>
    /// The card's texts (TextBlocks' text, facts' titles and values) as an agent reads them: Teams renders them as
    /// markdown, where a backslash before punctuation is an escape and not shown.
    /// </summary>
    public static string ReadableText(JsonNode card)
    {
        List<string> texts = [];
        CollectTexts(card, texts);
        return string.Join("\n", texts.Select(t => Unescape().Replace(t, "$1")));
    }

    private static void CollectTexts(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name is "text" or "title" or "value" && child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        texts.Add(text);
                    }
                    CollectTexts(child, texts);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CollectTexts(child, texts);
                }
                break;
        }
    }

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Unescape();

    private static void Collect(JsonNode? node, string verb, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["verb"] is JsonValue value && value.TryGetValue<string>(out var v) && v == verb)
                {
                    found.Add(obj);
                }
                foreach (var (_, child) in obj)
                {
                    Collect(child, verb, found);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, verb, found);
                }
                break;
        }
    }

    private static JsonObject Base(string type, string serviceUrl, string cardActivityId, JsonObject from) => new()
    {
        ["type"] = type,
        ["id"] = $"f:{Guid.NewGuid():N}",
        ["timestamp"] = "2026-11-26T08:00:00.000Z",
        ["localTimestamp"] = "2026-11-26T16:00:00.000+08:00",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = from,
        ["recipient"] = new JsonObject { ["id"] = TeamsActivityJson.BotId, ["name"] = TeamsActivityJson.BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = Thread(cardActivityId),
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = TeamsActivityJson.Tenant,
        },
        ["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = ChannelId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["tenant"] = new JsonObject { ["id"] = TeamsActivityJson.Tenant },
        },
        ["locale"] = "en-US",
    };
}
