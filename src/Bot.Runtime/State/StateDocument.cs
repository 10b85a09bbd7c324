using System.Text.Json.Nodes;
using Bot.Runtime.Storage;

namespace Bot.Runtime.State;

/// <summary>
/// One state document for the length of a turn: loaded once, read and written by property, and compared with what was
/// loaded at the end so only a changed document is saved, and only the properties this turn touched are re-applied
/// after an ETag conflict.
/// </summary>
internal sealed class StateDocument(string key, StoredState? stored)
{
    private readonly Dictionary<string, IMaterializedValue> _materialized = new(StringComparer.Ordinal);
    private string? _originalJson = stored?.Json;
    private JsonObject _data = Parse(stored?.Json);
    private string? _json;

    public string Key { get; } = key;

    public string? ETag { get; private set; } = stored?.ETag;

    public bool TryGet(string property, out object? value, out JsonNode? node)
    {
        value = null;
        node = null;
        if (_materialized.TryGetValue(property, out var materialized))
        {
            value = materialized.Value;
            return true;
        }
        return _data.TryGetPropertyValue(property, out node);
    }

    // Objects handed to the bot are kept and serialized back at the end of the turn, so a bot may change an object it
    // got from state without setting it again (as Bot Framework developers expect).
    public void Materialize<T>(string property, T value, Func<T, JsonNode?> serialize) =>
        _materialized[property] = new MaterializedValue<T>(value, serialize);

    public void Delete(string property)
    {
        _materialized.Remove(property);
        _data.Remove(property);
    }

    /// <summary>Folds the bot's objects into the document; null when nothing differs from what was loaded.</summary>
    public StateChanges? TakeChanges()
    {
        foreach (var (property, materialized) in _materialized)
        {
            _data[property] = materialized.Serialize();
        }
        _materialized.Clear();
        var json = _data.ToJsonString();
        if (json == _originalJson || (_originalJson is null && _data.Count == 0))
        {
            return null;
        }
        _json = json;
        return StateChanges.Between(Parse(_originalJson), _data);
    }

    // The JSON TakeChanges compared is the JSON to save: no second serialization of the document.
    public StateWrite ToWrite(string newETag) => new(Key, _json ??= _data.ToJsonString(), ETag, newETag);

    /// <summary>After an ETag conflict: start again from what is stored now and apply this turn's changes on top.</summary>
    public void Rebase(StoredState? current, StateChanges changes)
    {
        _originalJson = current?.Json;
        ETag = current?.ETag;
        _data = Parse(current?.Json);
        changes.ApplyTo(_data);
        _json = null;
    }

    private static JsonObject Parse(string? json) => json is null ? [] : JsonNode.Parse(json)?.AsObject() ?? [];

    private interface IMaterializedValue
    {
        object? Value { get; }

        JsonNode? Serialize();
    }

    private sealed class MaterializedValue<T>(T value, Func<T, JsonNode?> serialize) : IMaterializedValue
    {
        public object? Value => value;

        public JsonNode? Serialize() => serialize(value);
    }
}
