using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Data;
using Bot.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.DirectLine;

/// <summary>
/// The HS256 key that signs Direct Line tokens: <c>DirectLine:TokenSigningKey</c> when configured; otherwise one
/// generated once and kept in the store, so tokens (and with them the customers' open conversations) survive a host
/// restart and are valid on every instance sharing the database.
/// </summary>
internal sealed class DirectLineSigningKey(IOptions<DirectLineOptions> options, IDbContextFactory<BotDbContext> contexts, TimeProvider time)
{
    private const string StoreKey = "host/directline/token-signing-key";

    // Read once, when the first token is issued or checked (after start-up migrated the store).
    public byte[] Load()
    {
        var configured = options.Value.TokenSigningKey;
        if (configured.Length > 0)
        {
            return Encoding.UTF8.GetBytes(configured);
        }
        using var db = contexts.CreateDbContext();
        var stored = db.StateEntries.AsNoTracking().FirstOrDefault(e => e.Key == StoreKey);
        if (stored is null)
        {
            var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            db.StateEntries.Add(new StateEntry
            {
                Key = StoreKey,
                Json = JsonSerializer.Serialize(generated),
                ETag = Guid.NewGuid().ToString("N"),
                UpdatedAt = time.GetUtcNow(),
            });
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another instance stored its key first; use that one.
            }
            stored = db.StateEntries.AsNoTracking().First(e => e.Key == StoreKey);
        }
        return Convert.FromBase64String(JsonSerializer.Deserialize<string>(stored.Json)!);
    }
}
