using System.Text.Json;

namespace Bot.Data.Import;

/// <summary>Turns the objects of one JSON input into <see cref="ImportRow"/>s, reporting shape problems (wrong types,
/// unknown or repeated properties) with their lines into the batch.</summary>
internal sealed class JsonRows(string? source, ImportBatch batch)
{
    public JsonLineNode? Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonLineNode.Parse(ImportText.WithoutBom(utf8).Span);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            Report(line, null, ImportProblemKind.Syntax, $"Line {line} is not valid JSON: {FirstSentence(e.Message)}");
            return null;
        }
    }

    /// <summary>A row of the object's scalar properties; <paramref name="fields"/> maps property names to field names,
    /// <paramref name="nested"/> names the properties the caller reads itself.</summary>
    public ImportRow Row(JsonLineNode item, string? path, IReadOnlyDictionary<string, string> fields, params string[] nested)
    {
        var row = new ImportRow(new ImportOrigin(source, item.Line));
        foreach (var property in fields)
        {
            row.Set(property.Value, null, Display(path, property.Key));
        }
        Fill(row, item, path, fields, nested);
        return row;
    }

    public void Fill(ImportRow row, JsonLineNode item, string? path, IReadOnlyDictionary<string, string> fields, params string[] nested)
    {
        foreach (var (name, value) in Properties(item, path))
        {
            var display = Display(path, name);
            if (fields.TryGetValue(name, out var field))
            {
                if (value.IsScalar && value.Kind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    row.Set(field, value.Text, display, value.Line);
                }
                else
                {
                    row.SetInvalid(field, display);
                    Report(value.Line, display, ImportProblemKind.InvalidValue, $"{display} must be a string.");
                }
            }
            else if (!nested.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                Unknown(value.Line, display, fields.Keys.Concat(nested));
            }
        }
    }

    /// <summary>The items of an array property (none when it is absent or null; a problem when it is no array).</summary>
    public IEnumerable<(int Index, JsonLineNode Item)> Array(JsonLineNode item, string name, string? path)
    {
        if (Find(item, name) is not { } value || value.Kind == JsonValueKind.Null)
        {
            return [];
        }
        if (value.Kind != JsonValueKind.Array)
        {
            var display = Display(path, name);
            Report(value.Line, display, ImportProblemKind.InvalidValue, $"{display} must be an array.");
            return [];
        }
        return value.Items.Select((node, index) => (index, node));
    }

    public JsonLineNode? Object(JsonLineNode node, string path)
    {
        if (node.Kind == JsonValueKind.Object)
        {
            return node;
        }
        Report(node.Line, path, ImportProblemKind.InvalidValue, $"{path} must be an object.");
        return null;
    }

    // Each property once; a repeated one is reported and its later values ignored.
    public List<(string Name, JsonLineNode Value)> Properties(JsonLineNode item, string? path = null)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<(string, JsonLineNode)>();
        foreach (var (name, value) in item.Properties)
        {
            if (seen.Add(name))
            {
                result.Add((name, value));
                continue;
            }
            var display = Display(path, name);
            Report(value.Line, display, ImportProblemKind.Duplicate, $"{display} is given twice.");
        }
        return result;
    }

    public void Unknown(int line, string display, IEnumerable<string> known) =>
        Report(line, display, ImportProblemKind.UnknownField, $"{display} is not part of the format; the properties here are {string.Join(", ", known)}.");

    public static JsonLineNode? Find(JsonLineNode item, string name) =>
        item.Properties.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static string Display(string? path, string name) => path is null ? name : $"{path}.{name}";

    private void Report(int line, string? field, ImportProblemKind kind, string reason) =>
        batch.Add(new ImportProblem(source, line, field, kind, reason));

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
