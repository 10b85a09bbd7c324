using Microsoft.Data.Sqlite;

namespace Bot.Runtime.Tests.Infrastructure;

/// <summary>A SQLite file in its own temp folder, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-runtime-tests", Guid.NewGuid().ToString("N"));

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "bot.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
