using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Sqlite;

internal sealed class SqliteConversationReferenceStore(IDbContextFactory<BotDbContext> contexts) : IConversationReferenceStore
{
    public async Task<ConversationReference?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = StorageKeys.Conversation(channelId, conversationId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.Conversations.AsNoTracking()
            .Where(c => c.Key == key)
            .Select(c => c.ReferenceJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.ConversationReference);
    }
}
