using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Runtime.Recognizers;

// English dates and times: today, the day after tomorrow, next Monday, in 3 days, 2026-12-01, 1/12/2026 (culture order),
// 1 Dec 2026, December 1st, 3pm, 15:30, noon.
internal static partial class EnglishDateReader
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static void Read(string s, DateOnly today, CultureInfo culture, List<DateMention> found)
    {
        foreach (Match m in IsoDate().Matches(s))
        {
            Add(found, m, CalendarMath.Create(Int(m, 1), Int(m, 2), Int(m, 3)), null);
        }
        foreach (Match m in DottedDate().Matches(s))
        {
            Add(found, m, CalendarMath.Create(Int(m, 3), Int(m, 2), Int(m, 1)), null);
        }
        var dayFirst = DayFirst(culture);
        foreach (Match m in SlashDate().Matches(s))
        {
            var (month, day) = dayFirst ? (Int(m, 2), Int(m, 1)) : (Int(m, 1), Int(m, 2));
            Add(found, m, CalendarMath.MonthDay(today, m.Groups[3].Success ? Int(m, 3) : null, month, day), null);
        }
        foreach (Match m in DayMonth().Matches(s))
        {
            Add(found, m, CalendarMath.MonthDay(today, m.Groups[3].Success ? Int(m, 3) : null, Month(m.Groups[2].Value), Int(m, 1)), null);
        }
        foreach (Match m in MonthDay().Matches(s))
        {
            Add(found, m, CalendarMath.MonthDay(today, m.Groups[3].Success ? Int(m, 3) : null, Month(m.Groups[1].Value), Int(m, 2)), null);
        }
        foreach (Match m in RelativeDay().Matches(s))
        {
            var offset = m.Value switch
            {
                var v when v.Contains("after", StringComparison.Ordinal) => 2,
                var v when v.Contains("before", StringComparison.Ordinal) => -2,
                "tomorrow" or "tmr" => 1,
                "yesterday" => -1,
                _ => 0,
            };
            Add(found, m, today.AddDays(offset), m.Value == "tonight" ? new TimeOnly(20, 0) : null);
        }
        foreach (Match m in Weekday().Matches(s))
        {
            var day = Enum.Parse<DayOfWeek>(m.Groups[2].Value, ignoreCase: true);
            var date = m.Groups[1].Value switch
            {
                "next" => CalendarMath.Weekday(today, day, 1),
                "this" => CalendarMath.Weekday(today, day, 0),
                "last" => CalendarMath.Weekday(today, day, -1),
                _ => CalendarMath.Upcoming(today, day),
            };
            Add(found, m, date, null);
        }
        foreach (Match m in InPeriod().Matches(s))
        {
            Period(found, m, today, m.Groups[1].Value, m.Groups[2].Value, 1);
        }
        foreach (Match m in PeriodLater().Matches(s))
        {
            Period(found, m, today, m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value == "ago" ? -1 : 1);
        }
        ReadTimes(s, found);
    }

    private static void ReadTimes(string s, List<DateMention> found)
    {
        foreach (Match m in TwelveHour().Matches(s))
        {
            var hour = Int(m, 1) % 12 + (m.Groups[3].Value.StartsWith('p') ? 12 : 0);
            Add(found, m, null, CalendarMath.Time(Int(m, 1) > 12 ? -1 : hour, m.Groups[2].Success ? Int(m, 2) : 0));
        }
        foreach (Match m in TwentyFourHour().Matches(s))
        {
            Add(found, m, null, CalendarMath.Time(Int(m, 1), Int(m, 2)));
        }
        foreach (Match m in NamedTime().Matches(s))
        {
            Add(found, m, null, m.Value == "midnight" ? TimeOnly.MinValue : new TimeOnly(12, 0));
        }
    }

    private static void Period(List<DateMention> found, Match m, DateOnly today, string amount, string unit, int sign)
    {
        var words = RecognizerText.Words(amount);
        decimal count;
        if (words is ["a"] or ["an"])
        {
            count = 1;
        }
        else if (!decimal.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out count)
            && EnglishNumberWords.Read(words, 0, out count) != words.Count)
        {
            return;
        }
        var days = (int)count * (unit.StartsWith('w') ? 7 : 1) * sign;
        Add(found, m, today.AddDays(days), null);
    }

    internal static void Add(List<DateMention> found, Match m, DateOnly? date, TimeOnly? time)
    {
        if ((date is null && time is null) || found.Exists(f => f.Start < m.Index + m.Length && m.Index < f.End))
        {
            return;
        }
        found.Add(new DateMention(m.Index, m.Index + m.Length, date, time));
    }

    internal static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Month(string name) => Array.IndexOf(Months, name[..3]) + 1;

    private static bool DayFirst(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var d = pattern.IndexOf('d', StringComparison.Ordinal);
        var month = pattern.IndexOf('M', StringComparison.Ordinal);
        return d >= 0 && month >= 0 && d < month && !pattern.StartsWith('y');
    }

    [GeneratedRegex(@"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:the\s+)?day\s+(?:after\s+tomorrow|before\s+yesterday)\b|\b(?:today|tonight|tomorrow|tmr|yesterday)\b")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(next|this|last|coming|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\bin\s+(\d+|an?|[a-z]+(?:[\s-][a-z]+)?)\s+(days?|weeks?)\b")]
    private static partial Regex InPeriod();

    [GeneratedRegex(@"\b(\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(days?|weeks?)\s+(later|from\s+now|ago)\b")]
    private static partial Regex PeriodLater();

    [GeneratedRegex(@"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?")]
    private static partial Regex TwelveHour();

    [GeneratedRegex(@"\b([01]?\d|2[0-3]):([0-5]\d)\b")]
    private static partial Regex TwentyFourHour();

    [GeneratedRegex(@"\b(?:noon|midday|midnight)\b")]
    private static partial Regex NamedTime();
}
