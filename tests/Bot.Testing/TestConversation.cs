using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Bot.Testing;

// What the host instances of one test share: the SQLite file, the conversation, and the channel's id sequence (so a
// restarted host never reuses an activity id the dedupe table has seen). The file goes when the last host is disposed.
internal sealed class TestConversation(string channelId, string locale)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-dialog-flows", Guid.NewGuid().ToString("N"));
    private int _hosts;
    private int _sequence;

    public string ChannelId { get; } = channelId;

    public string Locale { get; } = locale;

    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "bot.db")}";

    public string NextActivityId() =>
        $"{ConversationId}|{Interlocked.Increment(ref _sequence).ToString("D7", CultureInfo.InvariantCulture)}";

    public void AddHost() => Interlocked.Increment(ref _hosts);

    public void ReleaseHost()
    {
        if (Interlocked.Decrement(ref _hosts) > 0)
        {
            return;
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
