using System.Text.Json;

namespace Bot.Data.Import;

/// <summary>A JSON value with the line it starts on: scalars keep their text, objects their properties in order.</summary>
internal sealed class JsonLineNode(int line, JsonValueKind kind)
{
    public int Line { get; } = line;

    public JsonValueKind Kind { get; } = kind;

    /// <summary>A string's value, a number's digits, "true"/"false"; null for null, objects and arrays.</summary>
    public string? Text { get; init; }

    public List<KeyValuePair<string, JsonLineNode>> Properties { get; } = [];

    public List<JsonLineNode> Items { get; } = [];

    public bool IsScalar => Kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;

    /// <summary>Reads the one value of <paramref name="utf8"/>; throws <see cref="JsonException"/> with the line of bad JSON.</summary>
    public static JsonLineNode Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var lines = LineStarts(utf8);
        if (!reader.Read())
        {
            throw new JsonException("The document is empty.", null, 0, 0);
        }
        var root = ReadValue(ref reader, lines);
        if (reader.Read())
        {
            throw new JsonException("There is more after the document's closing brace.", null, LineOf(lines, reader.TokenStartIndex) - 1, 0);
        }
        return root;
    }

    private static JsonLineNode ReadValue(ref Utf8JsonReader reader, List<long> lines)
    {
        var line = LineOf(lines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonLineNode(line, JsonValueKind.Object);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties.Add(new(name, ReadValue(ref reader, lines)));
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonLineNode(line, JsonValueKind.Array);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lines));
                }
                return array;
            case JsonTokenType.String:
                return new JsonLineNode(line, JsonValueKind.String) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonLineNode(line, JsonValueKind.Number) { Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonLineNode(line, JsonValueKind.True) { Text = "true" };
            case JsonTokenType.False:
                return new JsonLineNode(line, JsonValueKind.False) { Text = "false" };
            default:
                return new JsonLineNode(line, JsonValueKind.Null);
        }
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static int LineOf(List<long> starts, long offset)
    {
        var index = starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
