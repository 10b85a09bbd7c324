using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;

namespace Bot.Runtime.State;

/// <summary>
/// A scope of state (conversation, user) seen as named properties of one JSON document per key. The turn pipeline
/// loads the document once before the bot runs and saves it once after the turn, only if something changed, with
/// ETag optimistic concurrency. Values are System.Text.Json with web defaults unless a <see cref="JsonTypeInfo{T}"/>
/// is given.
/// </summary>
public abstract class BotState(string name)
{
    /// <summary>The name this scope is kept under in <see cref="TurnContext.TurnState"/>.</summary>
    public string Name { get; } = name;

    /// <summary>The store key for the turn's activity, or null when the activity lacks what the key needs.</summary>
    public abstract string? GetStorageKey(Activity activity);

    /// <summary>The property's value; when missing, <paramref name="defaultFactory"/>'s value, which is then kept.</summary>
    public Task<T> GetAsync<T>(TurnContext turnContext, string property, Func<T> defaultFactory, CancellationToken cancellationToken) =>
        Task.FromResult(Get(turnContext, property, defaultFactory, null));

    public Task<T> GetAsync<T>(
        TurnContext turnContext, string property, Func<T> defaultFactory, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        Task.FromResult(Get(turnContext, property, defaultFactory, typeInfo));

    /// <summary>True when the property is stored (or was set this turn).</summary>
    public Task<bool> HasAsync(TurnContext turnContext, string property, CancellationToken cancellationToken) =>
        Task.FromResult(Document(turnContext).TryGet(property, out _, out _));

    public Task SetAsync<T>(TurnContext turnContext, string property, T value, CancellationToken cancellationToken)
    {
        Document(turnContext).Materialize(property, value, v => JsonSerializer.SerializeToNode(v, StateJson.Options));
        return Task.CompletedTask;
    }

    public Task SetAsync<T>(TurnContext turnContext, string property, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        Document(turnContext).Materialize(property, value, v => JsonSerializer.SerializeToNode(v, typeInfo));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(TurnContext turnContext, string property, CancellationToken cancellationToken)
    {
        Document(turnContext).Delete(property);
        return Task.CompletedTask;
    }

    internal bool IsLoaded(TurnContext turnContext) => turnContext.TurnState.ContainsKey(Name);

    internal void Attach(TurnContext turnContext, StateDocument document) => turnContext.TurnState[Name] = document;

    internal StateDocument? Loaded(TurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(Name, out var document) ? (StateDocument)document : null;

    private T Get<T>(TurnContext turnContext, string property, Func<T> defaultFactory, JsonTypeInfo<T>? typeInfo)
    {
        ArgumentNullException.ThrowIfNull(defaultFactory);
        var document = Document(turnContext);
        Func<T, JsonNode?> serialize = typeInfo is null
            ? v => JsonSerializer.SerializeToNode(v, StateJson.Options)
            : v => JsonSerializer.SerializeToNode(v, typeInfo);
        if (document.TryGet(property, out var value, out var node))
        {
            if (value is T typed)
            {
                return typed;
            }
            node ??= value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), StateJson.Options);
            var stored = typeInfo is null ? node.Deserialize<T>(StateJson.Options) : node.Deserialize(typeInfo);
            if (stored is not null)
            {
                document.Materialize(property, stored, serialize);
                return stored;
            }
        }
        var created = defaultFactory();
        document.Materialize(property, created, serialize);
        return created;
    }

    private StateDocument Document(TurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(Name, out var document)
            ? (StateDocument)document
            : throw new InvalidOperationException(
                $"{Name} is not loaded for this turn (the activity lacks the ids its key needs, or the turn did not come through the TurnProcessor).");
    }
}
