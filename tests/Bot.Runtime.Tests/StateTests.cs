using System.Text.Json.Nodes;
using Bot.Runtime.State;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests;

public sealed class StateTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task State_survives_a_restart()
    {
        await using (var before = await StartCounterAsync())
        {
            await before.SendAsync(Activities.Message("c1", "one")).Within();
            await before.SendAsync(Activities.Message("c1", "two")).Within();
        }

        await using var after = await StartCounterAsync();
        await after.SendAsync(Activities.Message("c1", "three")).Within();

        Assert.Equal(["count 3"], after.Connector.Texts);
    }

    [Fact]
    public async Task Turns_in_two_conversations_of_one_user_keep_both_user_state_changes()
    {
        var entered = new[] { NewSignal(), NewSignal() };
        UserState? users = null;
        await using var instance = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            var conversation = turn.Activity.Conversation!.Id!;
            await users!.SetAsync(turn, $"seenIn{conversation}", true, ct);
            entered[conversation == "c1" ? 0 : 1].SetResult();
            // Both turns loaded the same user document before either saves: the second save meets a newer ETag.
            await Task.WhenAll(entered.Select(e => e.Task)).WaitAsync(TimeSpan.FromSeconds(5), ct);
        });
        users = instance.Services.GetRequiredService<UserState>();
        await instance.QueryAsync(db =>
        {
            db.StateEntries.Add(new() { Key = "test/users/user1", Json = """{"name":"Ann"}""", ETag = "v1" });
            return db.SaveChangesAsync();
        });

        await Task.WhenAll(instance.SendAsync(Activities.Message("c1", "a")), instance.SendAsync(Activities.Message("c2", "b"))).Within();

        var json = await instance.QueryAsync(db => db.StateEntries.Where(s => s.Key == "test/users/user1").Select(s => s.Json).SingleAsync());
        var document = JsonNode.Parse(json)!.AsObject();
        Assert.Equal("Ann", (string?)document["name"]);
        Assert.True((bool?)document["seenInc1"]);
        Assert.True((bool?)document["seenInc2"]);
    }

    [Fact]
    public async Task Typed_values_are_stored_camelCase_and_only_changed_documents_are_written()
    {
        ConversationState? conversations = null;
        await using var instance = await RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            var profile = await conversations!.GetAsync(turn, "Profile", () => new Profile("Ann", 0), ct);
            if (turn.Activity.Text == "change")
            {
                await conversations.SetAsync(turn, "Profile", profile with { Visits = profile.Visits + 1 }, ct);
            }
        });
        conversations = instance.Services.GetRequiredService<ConversationState>();

        await instance.SendAsync(Activities.Message("c1", "change")).Within();
        var etag = await instance.QueryAsync(db => db.StateEntries.Select(s => s.ETag).SingleAsync());
        await instance.SendAsync(Activities.Message("c1", "read only")).Within();

        var entry = await instance.QueryAsync(db => db.StateEntries.SingleAsync());
        Assert.Equal("""{"Profile":{"name":"Ann","visits":1}}""", entry.Json);
        Assert.Equal(etag, entry.ETag);
    }

    private Task<RuntimeInstance> StartCounterAsync() =>
        RuntimeInstance.StartAsync(_database, bot: null, services: s => s.AddSingleton<IBot, CounterBot>());

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Profile(string Name, int Visits);

    private sealed class CounterBot(ConversationState conversations) : IBot
    {
        public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
        {
            var count = await conversations.GetAsync(turnContext, "count", () => 0, cancellationToken) + 1;
            await conversations.SetAsync(turnContext, "count", count, cancellationToken);
            await turnContext.SendActivityAsync($"count {count}", cancellationToken);
        }
    }
}
