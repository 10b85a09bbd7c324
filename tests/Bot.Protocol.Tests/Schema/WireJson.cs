using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Protocol.Tests.Schema;

/// <summary>Round-trips activities through our model and compares JSON by meaning, not by text.</summary>
internal static class WireJson
{
    private static readonly HashSet<string> DateFields = ["timestamp", "localTimestamp", "expiration"];

    public static (Activity Activity, JsonNode Output) RoundTrip(string json)
    {
        var activity = ProtocolJson.DeserializeActivity(json) ?? throw new InvalidOperationException("No activity.");
        return (activity, JsonNode.Parse(ProtocolJson.Serialize(activity))!);
    }

    public static void AssertSemanticallyEqual(string expectedJson, JsonNode actual)
    {
        var expected = Canonical(JsonNode.Parse(expectedJson));
        var canonicalActual = Canonical(actual);
        Assert.True(JsonNode.DeepEquals(expected, canonicalActual),
            $"Expected{Environment.NewLine}{expected?.ToJsonString()}{Environment.NewLine}but got{Environment.NewLine}{canonicalActual?.ToJsonString()}");
    }

    public static void AssertNoNulls(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case null:
                Assert.Fail($"null written at {path}");
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    AssertNoNulls(value, $"{path}.{name}");
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    AssertNoNulls(array[i], $"{path}[{i}]");
                }
                break;
        }
    }

    // The same instant with the same offset is the same wire value whatever the fraction digits or "Z" vs "+00:00".
    private static JsonNode? Canonical(JsonNode? node)
    {
        var copy = node?.DeepClone();
        Normalize(copy);
        return copy;
    }

    private static void Normalize(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in obj.Select(p => p.Key).ToList())
            {
                if (DateFields.Contains(name) && obj[name] is JsonValue value && value.TryGetValue<string>(out var text)
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    obj[name] = parsed.ToString("O", CultureInfo.InvariantCulture);
                }
                else
                {
                    Normalize(obj[name]);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Normalize(item);
            }
        }
    }
}
