using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Deploy.Tests.Teams;

/// <summary>Changes one value of a JSON document addressed by a JSON pointer (RFC 6901), to break a manifest on purpose.</summary>
internal static class JsonPointerEdit
{
    /// <summary>Replaces the value at <paramref name="pointer"/>, or removes it when <paramref name="value"/> is null.</summary>
    public static void Apply(JsonNode root, string pointer, JsonNode? value)
    {
        var segments = pointer.Split('/')[1..].Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var parent = segments[..^1].Aggregate(root, Child);
        var last = segments[^1];
        switch (parent)
        {
            case JsonArray array when value is null:
                array.RemoveAt(Index(last));
                break;
            case JsonArray array:
                array[Index(last)] = value;
                break;
            case JsonObject obj when value is null:
                if (!obj.Remove(last))
                {
                    throw new ArgumentException($"Nothing to remove at {pointer}.", nameof(pointer));
                }

                break;
            case JsonObject obj:
                obj[last] = value;
                break;
            default:
                throw new ArgumentException($"{pointer} does not lead into an object or array.", nameof(pointer));
        }
    }

    private static JsonNode Child(JsonNode node, string segment) =>
        (node is JsonArray array ? array[Index(segment)] : node[segment])
        ?? throw new ArgumentException($"No value at segment '{segment}'.", nameof(segment));

    private static int Index(string segment) => int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
}
