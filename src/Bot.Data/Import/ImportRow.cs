namespace Bot.Data.Import;

/// <summary>One row's values by field name (case-insensitive), trimmed, empty as null; how each field is named in
/// problems (a JSON path such as <c>shipper.phone</c> or a CSV column).</summary>
internal sealed class ImportRow(ImportOrigin origin)
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _invalid = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _lines = new(StringComparer.OrdinalIgnoreCase);

    public ImportOrigin Origin { get; } = origin;

    public void Set(string field, string? value, string? displayName = null, int? line = null)
    {
        if (line is { } at)
        {
            _lines[field] = at;
        }
        var trimmed = value?.Trim();
        _values[field] = string.IsNullOrEmpty(trimmed) ? null : trimmed;
        if (displayName is not null)
        {
            _names[field] = displayName;
        }
    }

    /// <summary>The value had the wrong JSON type; the reader already reported it, so it is neither used nor "missing".</summary>
    public void SetInvalid(string field, string? displayName = null)
    {
        _invalid.Add(field);
        if (displayName is not null)
        {
            _names[field] = displayName;
        }
    }

    public string? Get(string field) => _values.GetValueOrDefault(field);

    public bool IsInvalid(string field) => _invalid.Contains(field);

    public bool HasAny(params ReadOnlySpan<string> fields)
    {
        foreach (var field in fields)
        {
            if (Get(field) is not null || IsInvalid(field))
            {
                return true;
            }
        }
        return false;
    }

    public string Name(string field) => _names.GetValueOrDefault(field) ?? field;

    /// <summary>Where the field's value is (a JSON property's own line), or the row's origin.</summary>
    public ImportOrigin OriginOf(string field) =>
        _lines.TryGetValue(field, out var line) ? Origin with { Line = line } : Origin;
}
