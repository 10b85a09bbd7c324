using System.Text.Json.Nodes;
using Bot.Data;
using Bot.Runtime.State;
using Bot.Runtime.Storage;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests.Dialogs.Engine;

/// <summary>Reads and rewrites the conversation's stored "DialogState" in the database, as a deployment or a bug might.</summary>
public static class StoredDialogState
{
    public static async Task<JsonObject> ReadAsync(DialogTestFlow flow)
    {
        await using var db = await Contexts(flow).CreateDbContextAsync();
        var entry = await db.Set<Bot.Data.Storage.StateEntry>().SingleAsync(e => e.Key == Key(flow));
        return JsonNode.Parse(entry.Json)!.AsObject()[ConversationState.DialogStateProperty]!.AsObject();
    }

    public static async Task RewriteAsync(DialogTestFlow flow, Func<JsonObject, JsonNode?> rewrite)
    {
        await using var db = await Contexts(flow).CreateDbContextAsync();
        var entry = await db.Set<Bot.Data.Storage.StateEntry>().SingleAsync(e => e.Key == Key(flow));
        var document = JsonNode.Parse(entry.Json)!.AsObject();
        document[ConversationState.DialogStateProperty] = rewrite(document[ConversationState.DialogStateProperty]!.AsObject());
        entry.Json = document.ToJsonString();
        await db.SaveChangesAsync();
    }

    private static IDbContextFactory<BotDbContext> Contexts(DialogTestFlow flow) =>
        flow.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();

    private static string Key(DialogTestFlow flow) => StorageKeys.Conversation(flow.ChannelId, flow.ConversationId);
}
