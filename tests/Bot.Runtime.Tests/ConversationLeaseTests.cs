using System.Collections.Concurrent;
using Bot.Data.Storage;
using Bot.Runtime.Leases;
using Bot.Runtime.State;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests;

public sealed class ConversationLeaseTests : IDisposable
{
    private const int WaitingForLeaseEvent = 3;
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Turns_of_one_conversation_run_one_after_the_other()
    {
        var order = new ConcurrentQueue<string>();
        var firstEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var instance = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            order.Enqueue($"start {turn.Activity.Text}");
            if (turn.Activity.Text == "first")
            {
                firstEntered.SetResult();
                await releaseFirst.Task;
            }
            order.Enqueue($"end {turn.Activity.Text}");
        });
        var leases = instance.Services.GetRequiredService<ConversationLeaseManager>();

        var first = instance.SendAsync(Activities.Message("c1", "first"));
        await firstEntered.Task.Within();
        var second = instance.SendAsync(Activities.Message("c1", "second"));
        await WaitUntil(() => leases.ActiveTurns("test/conversations/c1") == 2);
        Assert.DoesNotContain("start second", order);

        releaseFirst.SetResult();
        await Task.WhenAll(first, second).Within();
        Assert.Equal(["start first", "end first", "start second", "end second"], order);
    }

    [Fact]
    public async Task Turns_of_different_conversations_run_in_parallel()
    {
        var entered = new ConcurrentDictionary<string, TaskCompletionSource>();
        entered["c1"] = new(TaskCreationOptions.RunContinuationsAsynchronously);
        entered["c2"] = new(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var instance = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            entered[turn.Activity.Conversation!.Id!].SetResult();
            // Each turn waits until the other one is inside the bot too: only possible when they run in parallel.
            await Task.WhenAll(entered.Values.Select(e => e.Task)).WaitAsync(TimeSpan.FromSeconds(5), ct);
            await turn.SendActivityAsync("both inside", ct);
        });

        await Task.WhenAll(instance.SendAsync(Activities.Message("c1", "a")), instance.SendAsync(Activities.Message("c2", "b"))).Within();

        Assert.Equal(["both inside", "both inside"], instance.Connector.Texts);
    }

    [Fact]
    public async Task Turn_in_another_instance_waits_for_the_lease_then_sees_the_state_written()
    {
        var order = new ConcurrentQueue<string>();
        var aEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string? seenByB = null;
        ConversationState? stateA = null;
        await using var a = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            order.Enqueue("start A");
            await stateA!.SetAsync(turn, "writer", "A", ct);
            aEntered.SetResult();
            await releaseA.Task;
            order.Enqueue("end A");
        }, o => o.InstanceId = "instance-a");
        stateA = a.Services.GetRequiredService<ConversationState>();

        var logsB = new SignalingLoggerProvider(WaitingForLeaseEvent);
        ConversationState? stateB = null;
        await using var b = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            order.Enqueue("start B");
            seenByB = await stateB!.GetAsync(turn, "writer", () => "nobody", ct);
        }, o => o.InstanceId = "instance-b", logs: logsB);
        stateB = b.Services.GetRequiredService<ConversationState>();

        var turnA = a.SendAsync(Activities.Message("shared", "from A"));
        await aEntered.Task.Within();
        var turnB = b.SendAsync(Activities.Message("shared", "from B"));
        await logsB.Seen.Within();
        Assert.DoesNotContain("start B", order);

        releaseA.SetResult();
        await Task.WhenAll(turnA, turnB).Within();
        Assert.Equal(["start A", "end A", "start B"], order);
        Assert.Equal("A", seenByB);
    }

    [Fact]
    public async Task Lease_left_by_a_crashed_instance_is_taken_over_once_it_expired()
    {
        await using var instance = await RuntimeInstance.StartAsync(_database, (turn, ct) => turn.SendActivityAsync("ran", ct));
        await instance.QueryAsync(db =>
        {
            db.ConversationLeases.Add(new ConversationLease
            {
                ConversationKey = "test/conversations/c1", Owner = "crashed", ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1),
            });
            return db.SaveChangesAsync();
        });

        var result = await instance.SendAsync(Activities.Message("c1", "hi")).Within();

        Assert.Equal(TurnStatus.Completed, result.Status);
        Assert.Equal(["ran"], instance.Connector.Texts);
        Assert.Equal(0, await instance.QueryAsync(db => db.ConversationLeases.CountAsync()));
    }

    [Fact]
    public async Task Turn_fails_with_a_clear_exception_when_another_instance_keeps_the_conversation()
    {
        await using var instance = await RuntimeInstance.StartAsync(
            _database, (turn, ct) => turn.SendActivityAsync("ran", ct), o => o.LeaseWaitTimeout = TimeSpan.FromMilliseconds(150));
        await instance.QueryAsync(db =>
        {
            db.ConversationLeases.Add(new ConversationLease
            {
                ConversationKey = "test/conversations/c1", Owner = "busy", ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(5),
            });
            return db.SaveChangesAsync();
        });

        var busy = await Assert.ThrowsAsync<ConversationBusyException>(() => instance.SendAsync(Activities.Message("c1", "hi")).Within());

        Assert.Equal("test/conversations/c1", busy.ConversationKey);
        Assert.Empty(instance.Connector.Sent);
        await instance.QueryAsync(db => db.ConversationLeases.ExecuteDeleteAsync());
        Assert.Equal(TurnStatus.Completed, (await instance.SendAsync(Activities.Message("c1", "again")).Within()).Status);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            timeout.Token.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }
}
