using System.Globalization;
using Bot.Runtime.Recognizers;

namespace Bot.Runtime.Tests.Recognizers;

public sealed class DateTimeRecognizerTests
{
    // Wednesday 25 November 2026, 23:30 UTC = Thursday 26 November 07:30 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData("today", "2026-11-25")]
    [InlineData("Tomorrow", "2026-11-26")]
    [InlineData("yesterday", "2026-11-24")]
    [InlineData("the day after tomorrow", "2026-11-27")]
    [InlineData("next Monday", "2026-11-30")]
    [InlineData("this Friday", "2026-11-27")]
    [InlineData("next friday", "2026-12-04")]
    [InlineData("on monday", "2026-11-30")]
    [InlineData("wednesday", "2026-11-25")]
    [InlineData("in 3 days", "2026-11-28")]
    [InlineData("in three days", "2026-11-28")]
    [InlineData("in a week", "2026-12-02")]
    [InlineData("2 days ago", "2026-11-23")]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("1/12/2026", "2026-01-12")]
    [InlineData("1 Dec 2026", "2026-12-01")]
    [InlineData("December 1", "2026-12-01")]
    [InlineData("Dec 1st, 2027", "2027-12-01")]
    [InlineData("the 3rd of march", "2027-03-03")]
    [InlineData("could you come on 1 December?", "2026-12-01")]
    public void English_dates_resolve_against_now(string text, string expected)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, Now, Utc, English));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), result.Date);
        Assert.Null(result.Time);
    }

    [Theory]
    [InlineData("今天", "2026-11-25")]
    [InlineData("明天", "2026-11-26")]
    [InlineData("后天", "2026-11-27")]
    [InlineData("昨天", "2026-11-24")]
    [InlineData("下周一", "2026-11-30")]
    [InlineData("下星期一", "2026-11-30")]
    [InlineData("本周五", "2026-11-27")]
    [InlineData("三天后", "2026-11-28")]
    [InlineData("3天以后", "2026-11-28")]
    [InlineData("12月1日", "2026-12-01")]
    [InlineData("十二月一号", "2026-12-01")]
    [InlineData("2026年12月1日", "2026-12-01")]
    [InlineData("２０２７年１月５日", "2027-01-05")]
    [InlineData("请明天送货", "2026-11-26")]
    public void Chinese_dates_resolve_against_now(string text, string expected)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, Now, Utc, Chinese));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), result.Date);
    }

    [Theory]
    [InlineData("3pm", 15, 0)]
    [InlineData("3:30 pm", 15, 30)]
    [InlineData("15:30", 15, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("noon", 12, 0)]
    [InlineData("下午3点", 15, 0)]
    [InlineData("下午3点半", 15, 30)]
    [InlineData("上午十点十五分", 10, 15)]
    [InlineData("晚上8点", 20, 0)]
    public void A_time_alone_is_today(string text, int hour, int minute)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, Now, Utc, English));

        Assert.Equal(new DateOnly(2026, 11, 25), result.Date);
        Assert.Equal(new TimeOnly(hour, minute), result.Time);
    }

    [Theory]
    [InlineData("tomorrow at 3pm", "tomorrow at 3pm")]
    [InlineData("明天下午3点", "明天下午3点")]
    public void A_time_next_to_a_date_belongs_to_it(string text, string span)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, Now, Utc, English));

        Assert.Equal(new DateTimeResolution(new DateOnly(2026, 11, 26), new TimeOnly(15, 0), span), result);
    }

    [Fact]
    public void Numeric_dates_follow_the_culture_order()
    {
        var british = DateTimeRecognizer.Recognize("1/12/2026", Now, Utc, CultureInfo.GetCultureInfo("en-GB"));

        Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(british).Date);
    }

    [Fact]
    public void Today_is_the_day_in_the_users_time_zone()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        Assert.Equal(new DateOnly(2026, 11, 26), Assert.Single(DateTimeRecognizer.Recognize("today", Now, shanghai, English)).Date);
        Assert.Equal(new DateOnly(2026, 11, 27), Assert.Single(DateTimeRecognizer.Recognize("明天", Now, shanghai, Chinese)).Date);
    }

    [Fact]
    public void Two_dates_are_both_returned_in_order()
    {
        var results = DateTimeRecognizer.Recognize("between today and 1 Dec 2026", Now, Utc, English);

        Assert.Equal([new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 1)], results.Select(r => r.Date));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("2026-02-30")]
    [InlineData("I want 3 boxes")]
    [InlineData("快一点")]
    [InlineData("你好")]
    public void Text_without_a_date_resolves_nothing(string text)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, Now, Utc, English));
    }
}
