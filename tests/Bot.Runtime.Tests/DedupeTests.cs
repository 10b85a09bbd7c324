using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;

namespace Bot.Runtime.Tests;

public sealed class DedupeTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private int _runs;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Duplicate_activity_is_processed_once()
    {
        await using var instance = await StartAsync();
        var activity = Activities.Message("c1", "hello", id: "act-1");

        var first = await instance.SendAsync(activity).Within();
        var second = await instance.SendAsync(activity with { }).Within();

        Assert.Equal(TurnStatus.Completed, first.Status);
        Assert.Equal(TurnStatus.Duplicate, second.Status);
        Assert.Equal(1, _runs);
        Assert.Single(instance.Connector.Sent);
        Assert.Equal(1, await instance.QueryAsync(db => db.TranscriptEntries.CountAsync(t => t.Direction == "in")));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_activity_run_once()
    {
        await using var instance = await StartAsync();
        await using var other = await StartAsync();
        var deliveries = Enumerable.Range(0, 8)
            .Select(i => (i % 2 == 0 ? instance : other).SendAsync(Activities.Message("c1", "hello", id: "act-1")));

        var results = await Task.WhenAll(deliveries).Within();

        Assert.Single(results, r => r.Status == TurnStatus.Completed);
        Assert.Equal(7, results.Count(r => r.Status == TurnStatus.Duplicate));
        Assert.Equal(1, _runs);
    }

    [Fact]
    public async Task Activities_without_an_id_are_never_taken_for_duplicates()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(Activities.Message("c1", "hello") with { Id = null }).Within();
        var second = await instance.SendAsync(Activities.Message("c1", "hello") with { Id = null }).Within();

        Assert.Equal(TurnStatus.Completed, second.Status);
        Assert.Equal(2, _runs);
    }

    [Fact]
    public async Task The_same_activity_id_in_another_conversation_is_not_a_duplicate()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(Activities.Message("c1", "hello", id: "1")).Within();
        var other = await instance.SendAsync(Activities.Message("c2", "hello", id: "1")).Within();

        Assert.Equal(TurnStatus.Completed, other.Status);
    }

    private Task<RuntimeInstance> StartAsync() =>
        RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            Interlocked.Increment(ref _runs);
            await turn.SendActivityAsync("reply", ct);
        });
}
