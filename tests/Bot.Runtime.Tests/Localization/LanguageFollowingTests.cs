using System.Collections.Concurrent;
using Bot.Runtime.Localization;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;

namespace Bot.Runtime.Tests.Localization;

public sealed class LanguageFollowingTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly ConcurrentQueue<string> _seen = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("我的货都交给你们10多天了，怎么还没有到？", "zh-CN")]
    [InlineData("帮我查一下RA123456789CN到哪了", "zh-CN")]
    [InlineData("where is my parcel", "en-US")]
    [InlineData("I'd like to complain", "en-US")]
    [InlineData("RA123456789CN", null)]
    [InlineData("SF1234567890123 CMP-2025-000123", null)]
    [InlineData("ok", null)]
    [InlineData("5", null)]
    [InlineData("my parcel 坏了", null)]
    [InlineData("ça va bien", null)]
    [InlineData("中文", null)]
    [InlineData("switch to English", null)]
    [InlineData("", null)]
    public void Written_language_is_detected_only_when_the_message_is_clear(string text, string? expected)
    {
        Assert.Equal(expected, WrittenLanguage.Detect(text));
    }

    [Fact]
    public async Task Chinese_text_switches_an_english_conversation_and_it_stays_chinese_until_clear_english()
    {
        await using var instance = await StartAsync();

        foreach (var text in new[] { "hi", "我的包裹在哪里", "SF1234567890123", "2", "where is my parcel", "ok" })
        {
            await instance.SendAsync(Activities.Message("c1", text, locale: "en-US")).Within();
        }

        Assert.Equal(["en-US", "zh-CN", "zh-CN", "zh-CN", "en-US", "en-US"], _seen);
    }

    [Fact]
    public async Task Clear_english_switches_a_chinese_conversation()
    {
        await using var instance = await StartAsync();

        foreach (var text in new[] { "你好", "can you help me", "RA123456789CN" })
        {
            await instance.SendAsync(Activities.Message("c1", text, locale: "zh-CN")).Within();
        }

        Assert.Equal(["zh-CN", "en-US", "en-US"], _seen);
    }

    [Fact]
    public async Task An_explicit_choice_wins_over_the_language_written_in()
    {
        await using var instance = await StartAsync(async (turn, ct) =>
        {
            if (turn.Activity.Text == "English please")
            {
                await turn.SetUserLocaleAsync("en-US", ct);
            }
        });

        foreach (var text in new[] { "我要投诉", "English please", "我的包裹在哪里" })
        {
            await instance.SendAsync(Activities.Message("c1", text, locale: "en-US")).Within();
        }

        // The choice is made during its turn, which was still in the detected language.
        Assert.Equal(["zh-CN", "zh-CN", "en-US"], _seen);
    }

    [Fact]
    public async Task A_detection_is_kept_per_conversation_and_yields_to_a_change_of_the_clients_locale()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(Activities.Message("c1", "我的包裹在哪里", locale: "en-US")).Within();
        await instance.SendAsync(Activities.Message("c2", "RA123456789CN", locale: "en-US")).Within();
        await instance.SendAsync(Activities.Message("c1", "RA123456789CN", locale: "en-US")).Within();
        // The client's language menu now asks for Chinese and then for English again: its latest change wins.
        await instance.SendAsync(Activities.Message("c1", "RA123456789CN", locale: "zh-CN")).Within();
        await instance.SendAsync(Activities.Message("c1", "RA123456789CN", locale: "en-US")).Within();

        Assert.Equal(["zh-CN", "en-US", "zh-CN", "zh-CN", "en-US"], _seen);
    }

    [Fact]
    public async Task A_detection_is_remembered_in_conversation_state_not_as_the_users_choice()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(Activities.Message("c1", "我的包裹在哪里", locale: "en-US")).Within();

        var keys = await instance.QueryAsync(db => db.StateEntries.Select(e => new { e.Key, e.Json }).ToListAsync());
        Assert.DoesNotContain(keys, k => k.Key.Contains("/users/", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Key == "test/conversations/c1" && k.Json.Contains(LocaleResolver.DetectedStateProperty, StringComparison.Ordinal));
    }

    private Task<RuntimeInstance> StartAsync(Func<TurnContext, CancellationToken, Task>? bot = null) =>
        RuntimeInstance.StartAsync(_database, async (turn, ct) =>
        {
            _seen.Enqueue(turn.GetLocale());
            if (bot is not null)
            {
                await bot(turn, ct);
            }
        }, services: s => s.AddBotLocalization());
}
