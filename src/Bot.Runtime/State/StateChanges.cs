using System.Text.Json.Nodes;

namespace Bot.Runtime.State;

/// <summary>The properties one turn set or deleted in a state document, compared with what it loaded.</summary>
internal sealed class StateChanges
{
    private readonly Dictionary<string, JsonNode?> _set = new(StringComparer.Ordinal);
    private readonly List<string> _deleted = [];

    public static StateChanges Between(JsonObject original, JsonObject current)
    {
        var changes = new StateChanges();
        foreach (var (property, value) in current)
        {
            if (!original.TryGetPropertyValue(property, out var before) || !JsonNode.DeepEquals(before, value))
            {
                changes._set[property] = value?.DeepClone();
            }
        }
        foreach (var (property, _) in original)
        {
            if (!current.ContainsKey(property))
            {
                changes._deleted.Add(property);
            }
        }
        return changes;
    }

    // Properties this turn set or deleted win; everything else keeps what the other writer stored.
    public void ApplyTo(JsonObject document)
    {
        foreach (var (property, value) in _set)
        {
            document[property] = value?.DeepClone();
        }
        foreach (var property in _deleted)
        {
            document.Remove(property);
        }
    }
}
