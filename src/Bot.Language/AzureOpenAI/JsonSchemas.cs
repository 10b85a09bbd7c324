using System.Text.Json.Nodes;
using Bot.Domain.Language;
using OpenAI.Chat;

namespace Bot.Language.AzureOpenAI;

// Strict structured-output schemas: every property required, no others, closed lists as enums.
internal static class JsonSchemas
{
    public static readonly ChatResponseFormat Understanding = Format("understanding", new JsonObject
    {
        ["intent"] = Enum(System.Enum.GetNames<Intent>()),
        ["confidence"] = new JsonObject { ["type"] = "number" },
        ["language"] = Enum(["en", "zh"]),
        ["sentiment"] = Enum(System.Enum.GetNames<Sentiment>()),
        ["entities"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = Object(new JsonObject
            {
                ["kind"] = Enum(System.Enum.GetNames<EntityKind>()),
                ["text"] = String(),
                ["value"] = String(),
            }),
        },
        ["signals"] = Object(new JsonObject
        {
            ["asksForPerson"] = Boolean(),
            ["legalThreat"] = Boolean(),
            ["mediaThreat"] = Boolean(),
            ["regulatorThreat"] = Boolean(),
            ["switchingProvider"] = Boolean(),
        }),
    });

    public static readonly ChatResponseFormat Summary = Format("handoff_summary", new JsonObject { ["summary"] = String() });

    public static readonly ChatResponseFormat Classification = Format("complaint_category", new JsonObject
    {
        ["category"] = Enum(System.Enum.GetNames<ComplaintCategory>()),
        ["confidence"] = new JsonObject { ["type"] = "number" },
    });

    private static ChatResponseFormat Format(string name, JsonObject properties) =>
        ChatResponseFormat.CreateJsonSchemaFormat(
            name, BinaryData.FromString(Object(properties).ToJsonString()), jsonSchemaIsStrict: true);

    private static JsonObject Object(JsonObject properties) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray([.. properties.Select(p => JsonValue.Create(p.Key))]),
        ["additionalProperties"] = false,
        ["properties"] = properties,
    };

    private static JsonObject Enum(IEnumerable<string> values) => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]),
    };

    private static JsonObject String() => new() { ["type"] = "string" };

    private static JsonObject Boolean() => new() { ["type"] = "boolean" };
}
