using System.Text.Json.Nodes;
using Bot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Data.Tests;

public sealed class SqliteStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-data-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;

    private string DatabaseFile => Path.Combine(_folder, "nested", "App_Data", "bot.db");

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().AddBotData($"Data Source={DatabaseFile}").BuildServiceProvider();
        await _services.MigrateBotDataAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Migration_creates_the_folder_and_switches_the_file_to_WAL()
    {
        Assert.True(File.Exists(DatabaseFile));
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Lease_is_granted_when_free_expired_or_already_ours_and_refused_while_another_holds_it()
    {
        var store = _services.GetRequiredService<ITurnStore>();

        Assert.True(await store.TryAcquireLeaseAsync("k", "a", Now, Now.AddSeconds(30), default));
        Assert.False(await store.TryAcquireLeaseAsync("k", "b", Now.AddSeconds(29), Now.AddSeconds(59), default));
        Assert.True(await store.TryAcquireLeaseAsync("k", "a", Now.AddSeconds(29), Now.AddSeconds(59), default));
        Assert.True(await store.TryAcquireLeaseAsync("k", "b", Now.AddSeconds(60), Now.AddSeconds(90), default));
        await store.ReleaseLeaseAsync("k", "a", default);
        Assert.False(await store.TryAcquireLeaseAsync("k", "a", Now.AddSeconds(61), Now.AddSeconds(91), default));
        await store.ReleaseLeaseAsync("k", "b", default);
        Assert.True(await store.TryAcquireLeaseAsync("k", "a", Now.AddSeconds(61), Now.AddSeconds(91), default));
    }

    [Fact]
    public async Task Write_with_a_stale_ETag_is_a_conflict()
    {
        var store = _services.GetRequiredService<IStateStore>();
        var first = await store.TryWriteAsync("s", """{"a":1}""", null, default);
        Assert.NotNull(first);
        Assert.Null(await store.TryWriteAsync("s", """{"a":2}""", null, default));

        Assert.NotNull(await store.TryWriteAsync("s", """{"a":2}""", first, default));
        Assert.Null(await store.TryWriteAsync("s", """{"a":3}""", first, default));
        Assert.Equal("""{"a":2}""", (await store.ReadAsync("s", default))!.Json);
    }

    [Fact]
    public async Task Concurrent_read_modify_write_increments_all_land()
    {
        var store = _services.GetRequiredService<IStateStore>();
        const int Writers = 16;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => store.UpdateAsync(
            "counter", document => document["n"] = ((int?)document["n"] ?? 0) + 1, CancellationToken.None))));

        var stored = JsonNode.Parse((await store.ReadAsync("counter", default))!.Json)!;
        Assert.Equal(Writers, (int)stored["n"]!);
    }

    [Fact]
    public async Task Commit_with_a_conflict_writes_nothing_and_reports_the_stored_document()
    {
        var store = _services.GetRequiredService<ITurnStore>();
        var stateStore = _services.GetRequiredService<IStateStore>();
        var etag = await stateStore.TryWriteAsync("s", """{"a":1}""", null, default);
        await stateStore.TryWriteAsync("s", """{"a":2}""", etag, default);
        var transcript = new TranscriptRecord("test", "c1", "1", "in", "message", "u", "user", Now, "{}");
        var commit = new TurnCommit([new StateWrite("s", """{"a":9}""", etag, "new")], "p1", [transcript], null, "lease", "me", Now);

        var conflicts = await store.CommitAsync(commit, default);

        var conflict = Assert.Single(conflicts);
        Assert.Equal("""{"a":2}""", conflict.Current!.Json);
        var snapshot = await store.LoadAsync("p1", ["s"], default);
        Assert.False(snapshot.AlreadyProcessed);
        await using var db = await _services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.TranscriptEntries.CountAsync());
    }

    [Fact]
    public async Task Old_dedupe_markers_are_pruned()
    {
        var store = _services.GetRequiredService<ITurnStore>();
        await store.CommitAsync(new TurnCommit([], "old", [], null, "l", "me", Now.AddDays(-2)), default);
        await store.CommitAsync(new TurnCommit([], "new", [], null, "l", "me", Now), default);

        Assert.Equal(1, await store.PruneProcessedActivitiesAsync(Now.AddDays(-1), default));
        Assert.False((await store.LoadAsync("old", [], default)).AlreadyProcessed);
        Assert.True((await store.LoadAsync("new", [], default)).AlreadyProcessed);
    }
}
