using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Data.Tests;

/// <summary>A migrated store in its own temporary SQLite file (without demo data unless asked), deleted on dispose.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-data-tests", Guid.NewGuid().ToString("N"));

    private TempStore(FakeTimeProvider time, bool seedDemoData)
    {
        Time = time;
        Services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddBotData($"Data Source={Path.Combine(_folder, "bot.db")}")
            .Configure<StoreOptions>(o => o.SeedDemoData = seedDemoData)
            .BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<TempStore> CreateAsync(DateTimeOffset now, bool seedDemoData = false)
    {
        var store = new TempStore(new FakeTimeProvider(now), seedDemoData);
        await store.Services.MigrateBotDataAsync();
        return store;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<BotDbContext> CreateDbAsync() =>
        Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
