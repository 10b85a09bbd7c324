using Bot.Data.Sqlite;
using Bot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Data.Tests;

public sealed class GroupCommitTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-data-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private bool _disposed;

    private ITurnStore Turns => _services.GetRequiredService<ITurnStore>();

    private IStateStore States => _services.GetRequiredService<IStateStore>();

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().AddBotData($"Data Source={Path.Combine(_folder, "bot.db")}").BuildServiceProvider();
        await _services.MigrateBotDataAsync();
    }

    public async Task DisposeAsync()
    {
        if (!_disposed)
        {
            await _services.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Many_concurrent_turn_commits_land_together_in_one_batch()
    {
        const int Count = 64;
        var hold = await HoldWriterAsync();
        var commits = Enumerable.Range(0, Count).Select(i => Turns.CommitAsync(Commit(i, new StateWrite($"s{i}", "{}", null, "e")), default)).ToArray();
        hold.Release();

        Assert.All(await Task.WhenAll(commits).WaitAsync(Timeout), Assert.Empty);
        Assert.Equal([1, Count], hold.BatchSizes);
        await using var db = await CreateDbAsync();
        Assert.Equal(Count, await db.ProcessedActivities.CountAsync());
        Assert.Equal(Count, await db.TranscriptEntries.CountAsync());
        Assert.Equal(Count, await db.Conversations.CountAsync());
        Assert.Equal(Count + 1, await db.StateEntries.CountAsync());
        Assert.Equal(0, await db.ConversationLeases.CountAsync());
    }

    [Fact]
    public async Task An_ETag_conflict_rolls_back_only_that_turn_of_the_batch()
    {
        var first = await States.TryWriteAsync("shared", """{"a":1}""", null, default);
        await States.TryWriteAsync("shared", """{"a":2}""", first, default);
        var hold = await HoldWriterAsync();

        var before = Turns.CommitAsync(Commit(1, new StateWrite("one", "{}", null, "e1")), default);
        var stale = Turns.CommitAsync(
            Commit(2, new StateWrite("two", "{}", null, "e2"), new StateWrite("shared", """{"a":9}""", first, "e3")), default);
        var after = Turns.CommitAsync(Commit(3, new StateWrite("three", "{}", null, "e4")), default);
        hold.Release();

        Assert.Empty(await before.WaitAsync(Timeout));
        Assert.Empty(await after.WaitAsync(Timeout));
        var conflict = Assert.Single(await stale.WaitAsync(Timeout));
        Assert.Equal(("shared", """{"a":2}"""), (conflict.Key, conflict.Current!.Json));
        Assert.Equal([1, 3], hold.BatchSizes);
        Assert.True((await Turns.LoadAsync("p1", [], default)).AlreadyProcessed);
        Assert.False((await Turns.LoadAsync("p2", [], default)).AlreadyProcessed);
        Assert.True((await Turns.LoadAsync("p3", [], default)).AlreadyProcessed);
        var states = (await Turns.LoadAsync(null, ["one", "two", "three", "shared"], default)).States;
        Assert.Equal(["one", "shared", "three"], states.Select(s => s.Key).Order());
        Assert.Equal("""{"a":2}""", states.Single(s => s.Key == "shared").Json);
        await using var db = await CreateDbAsync();
        Assert.Equal(["c1", "c3"], await db.TranscriptEntries.Select(t => t.ConversationId).OrderBy(c => c).ToListAsync());
    }

    [Fact]
    public async Task A_failing_operation_fails_alone_and_the_rest_of_its_batch_commits()
    {
        var hold = await HoldWriterAsync();
        var broken = Commit(1) with { Transcript = [Transcript(1) with { Json = null! }] };
        var failing = Turns.CommitAsync(broken, default);
        var fine = Turns.CommitAsync(Commit(2), default);
        hold.Release();

        await Assert.ThrowsAsync<SqliteException>(() => failing.WaitAsync(Timeout));
        Assert.Empty(await fine.WaitAsync(Timeout));
        Assert.Equal([1, 2], hold.BatchSizes);
        Assert.False((await Turns.LoadAsync("p1", [], default)).AlreadyProcessed);
        Assert.True((await Turns.LoadAsync("p2", [], default)).AlreadyProcessed);
    }

    [Fact]
    public async Task An_operation_cancelled_while_queued_is_not_written()
    {
        var hold = await HoldWriterAsync();
        using var cancellation = new CancellationTokenSource();
        var cancelled = States.TryWriteAsync("cancelled", "{}", null, cancellation.Token);
        var kept = States.TryWriteAsync("kept", "{}", null, default);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Timeout));
        hold.Release();

        Assert.NotNull(await kept.WaitAsync(Timeout));
        Assert.Equal([1, 1], hold.BatchSizes);
        Assert.Null(await States.ReadAsync("cancelled", default));
    }

    [Fact]
    public async Task A_lease_is_reported_only_once_its_batch_committed()
    {
        var hold = await HoldWriterAsync();
        var lease = Turns.TryAcquireLeaseAsync("k", "a", Now, Now.AddSeconds(30), default);

        Assert.False(lease.IsCompleted);
        hold.Release();
        Assert.True(await lease.WaitAsync(Timeout));
        Assert.False(await Turns.TryAcquireLeaseAsync("k", "b", Now, Now.AddSeconds(30), default));
    }

    [Fact]
    public async Task Writes_queued_at_shutdown_are_committed_before_the_store_closes()
    {
        var hold = await HoldWriterAsync();
        var commits = Enumerable.Range(0, 8).Select(i => Turns.CommitAsync(Commit(i), default)).ToArray();
        hold.Release();

        await _services.DisposeAsync();
        _disposed = true;

        Assert.All(commits, commit => Assert.True(commit.IsCompletedSuccessfully));
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "bot.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ProcessedActivities";
        Assert.Equal(8L, await command.ExecuteScalarAsync());
    }

    private async Task<WriterHold> HoldWriterAsync()
    {
        var hold = new WriterHold(_services.GetRequiredService<SqliteWriteQueue>());
        _ = States.TryWriteAsync("blocker", "{}", null, default);
        await hold.HeldAsync();
        return hold;
    }

    private Task<BotDbContext> CreateDbAsync() =>
        _services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();

    private static TurnCommit Commit(int turn, params StateWrite[] states) => new(
        states, $"p{turn}", [Transcript(turn)],
        new ConversationUpsert($"test/conversations/c{turn}", new() { ChannelId = "test", Conversation = new() { Id = $"c{turn}" } }, false),
        $"lease{turn}", "me", Now);

    private static TranscriptRecord Transcript(int turn) =>
        new("test", $"c{turn}", $"{turn}", TranscriptRecord.Inbound, "message", "u", "user", Now, "{}");
}
