using System.Collections.Concurrent;
using System.Text.Json;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;

namespace Bot.Runtime.Tests.Localization;

public sealed class LocaleResolutionTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly ConcurrentQueue<string> _seen = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData(null, "en-US")]
    public async Task Activity_locale_decides_the_turn_locale(string? activityLocale, string expected)
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(Activities.Message("c1", "hi", locale: activityLocale)).Within();

        Assert.Equal([expected], _seen);
    }

    [Fact]
    public async Task ClientInfo_entity_locale_is_used_when_the_activity_has_none()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(WithClientInfo(Activities.Message("c1", "hi"), "zh-CN")).Within();

        Assert.Equal(["zh-CN"], _seen);
    }

    [Fact]
    public async Task Activity_locale_wins_over_clientInfo()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(WithClientInfo(Activities.Message("c1", "hi", locale: "en-US"), "zh-CN")).Within();

        Assert.Equal(["en-US"], _seen);
    }

    [Fact]
    public async Task Users_choice_is_remembered_across_turns_and_host_restarts_and_wins_over_the_activity()
    {
        await using (var first = await StartAsync(async (turn, ct) =>
        {
            if (turn.Activity.Text == "中文")
            {
                await turn.SetUserLocaleAsync("zh-CN", ct);
            }
        }))
        {
            await first.SendAsync(Activities.Message("c1", "中文", locale: "en-US")).Within();
            await first.SendAsync(Activities.Message("c1", "next", locale: "en-US")).Within();
        }
        await using var restarted = await StartAsync();
        await restarted.SendAsync(Activities.Message("c2", "other conversation", locale: "en-US")).Within();
        await restarted.SendAsync(Activities.Message("c3", "another user", locale: "en-US", userId: "user2")).Within();

        // The first turn ran in English (the choice was made during it); then the choice wins, for this user only.
        Assert.Equal(["en-US", "zh-CN", "zh-CN", "en-US"], _seen);
    }

    [Fact]
    public async Task Resolving_the_locale_does_not_write_user_state()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(Activities.Message("c1", "hi", locale: "zh-CN")).Within();

        var userKeys = await instance.QueryAsync(db => db.StateEntries.Where(e => e.Key.Contains("/users/")).Select(e => e.Key).ToListAsync());
        Assert.Empty(userKeys);
    }

    [Fact]
    public async Task Saved_locale_is_stored_in_user_state_property_locale()
    {
        await using var instance = await StartAsync((turn, ct) => turn.SetUserLocaleAsync("zh-HK", ct));

        await instance.SendAsync(Activities.Message("c1", "hi")).Within();

        var json = await instance.QueryAsync(db => db.StateEntries.Where(e => e.Key == "test/users/user1").Select(e => e.Json).SingleAsync());
        Assert.Equal("zh-CN", JsonDocument.Parse(json).RootElement.GetProperty("locale").GetString());
    }

    private Task<RuntimeInstance> StartAsync(Func<TurnContext, CancellationToken, Task>? bot = null) =>
        RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            // What the middleware resolved, before the bot changes anything.
            _seen.Enqueue(turn.GetLocale());
            if (bot is not null)
            {
                await bot(turn, ct);
            }
        }, services: s => s.AddBotLocalization());

    private static Activity WithClientInfo(Activity activity, string locale) => activity with
    {
        Entities =
        [
            new Entity
            {
                Type = "clientInfo",
                Properties = new() { ["locale"] = JsonSerializer.SerializeToElement(locale) },
            },
        ],
    };
}
