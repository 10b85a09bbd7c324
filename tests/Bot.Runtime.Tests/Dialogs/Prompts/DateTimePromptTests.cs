using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Recognizers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Runtime.Tests.Dialogs.Prompts;

public sealed class DateTimePromptTests
{
    // Wednesday 25 November 2026, 20:00 UTC (Thursday 04:00 in Shanghai).
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero));

    private static readonly Func<object?, string> Dates = result => string.Join(" | ",
        ((IReadOnlyList<DateTimeResolution>)result!).Select(r => r.Time is { } t ? $"{r.Date:yyyy-MM-dd} {t:HH:mm}" : $"{r.Date:yyyy-MM-dd}"));

    private static PromptOptions Ask(string question, int maxAttempts = 3) =>
        new() { Prompt = PromptHostDialog.Text(question), MaxAttempts = maxAttempts };

    private Bot.Testing.DialogTestFlow Flow(string locale, PromptOptions options, TimeZoneInfo? defaultZone = null) =>
        PromptHostDialog.Flow(new DateTimePrompt("when", _time, defaultTimeZone: defaultZone), options, locale, describe: Dates,
            configure: services => services.AddSingleton<TimeProvider>(_time));

    [Theory]
    [InlineData("en-US", "tomorrow at 3pm", "2026-11-26 15:00")]
    [InlineData("en-US", "next Monday", "2026-11-30")]
    [InlineData("en-US", "1 Dec 2026", "2026-12-01")]
    [InlineData("zh-CN", "明天下午3点", "2026-11-26 15:00")]
    [InlineData("zh-CN", "下周一", "2026-11-30")]
    [InlineData("zh-CN", "2026年12月1日", "2026-12-01")]
    public async Task A_date_is_read_relative_to_the_clock(string locale, string answer, string expected)
    {
        await using var flow = Flow(locale, Ask("When?"));

        await flow.Send("hi").AssertReply("When?")
            .Send(answer).AssertReply($"[result: {expected}]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task Today_is_the_users_day_from_the_activitys_time_zone()
    {
        await using var flow = Flow("zh-CN", Ask("哪天？"));

        await flow.Send("hi").AssertReply("哪天？")
            .Send(new Activity { Type = ActivityTypes.Message, Text = "今天", LocalTimezone = "Asia/Shanghai" })
            .AssertReply("[result: 2026-11-26]")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "whenever", "Sorry, I didn't get the date. Please try something like \"tomorrow\" or \"1 December\".")]
    [InlineData("zh-CN", "随便", "抱歉，我没有看懂日期。请输入类似“明天”或“12月1日”的日期。")]
    public async Task Text_without_a_date_gets_the_localized_retry(string locale, string invalid, string retry)
    {
        await using var flow = Flow(locale, Ask("When?"));

        await flow.Send("hi").AssertReply("When?")
            .Send(invalid).AssertReply(retry)
            .Send("2026-12-24").AssertReply("[result: 2026-12-24]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "yesterday", "Please pick a day from tomorrow on.")]
    [InlineData("zh-CN", "昨天", "请选择明天或以后的日期。")]
    public async Task After_max_attempts_the_parent_gets_too_many_attempts(string locale, string past, string retry)
    {
        var future = new DateTimePrompt("when", _time, (p, _) => Task.FromResult(p.Recognized.Value?.All(r => r.Date > new DateOnly(2026, 11, 25)) == true));
        var options = Ask("When?", 2) with { RetryPrompt = PromptHostDialog.Text(retry) };
        await using var flow = PromptHostDialog.Flow(future, options, locale, describe: Dates);

        await flow.Send("hi").AssertReply("When?")
            .Send(past).AssertReply(retry)
            .Send(past).AssertReply("[too many attempts]")
            .AssertNoMoreReplies().StartTestAsync();
    }
}
