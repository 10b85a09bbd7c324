using System.Text.Json.Nodes;

namespace Bot.Runtime.Storage;

public static class StateStoreExtensions
{
    /// <summary>
    /// Read-modify-write of one state document: <paramref name="mutate"/> runs on the stored object and the result is
    /// written with the ETag it was read with. On a conflict the document is read again and <paramref name="mutate"/>
    /// runs again on the fresh copy, so concurrent updates all land.
    /// </summary>
    public static async Task<JsonObject> UpdateAsync(
        this IStateStore store, string key, Action<JsonObject> mutate, CancellationToken cancellationToken, int maxAttempts = 100)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(mutate);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.ReadAsync(key, cancellationToken);
            var document = stored is null ? [] : JsonNode.Parse(stored.Json)!.AsObject();
            mutate(document);
            if (await store.TryWriteAsync(key, document.ToJsonString(), stored?.ETag, cancellationToken) is not null)
            {
                return document;
            }
            if (attempt >= maxAttempts)
            {
                throw new StateConflictException(key, attempt);
            }
            await Task.Yield();
        }
    }
}
