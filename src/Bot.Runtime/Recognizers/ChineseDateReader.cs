using System.Text.RegularExpressions;

namespace Bot.Runtime.Recognizers;

// Chinese dates and times: 今天, 明天, 后天, 昨天, 下周一/下星期一, 本周五, 三天后, 12月1日, 2026年12月1日, 下午3点(半).
internal static partial class ChineseDateReader
{
    public static void Read(string s, DateOnly today, List<DateMention> found)
    {
        foreach (Match m in FullDate().Matches(s))
        {
            if (Number(m.Groups[1].Value) is { } year && Number(m.Groups[2].Value) is { } month && Number(m.Groups[3].Value) is { } day)
            {
                EnglishDateReader.Add(found, m, CalendarMath.Create(year, month, day), null);
            }
        }
        foreach (Match m in MonthDay().Matches(s))
        {
            if (Number(m.Groups[1].Value) is { } month && Number(m.Groups[2].Value) is { } day)
            {
                EnglishDateReader.Add(found, m, CalendarMath.MonthDay(today, null, month, day), null);
            }
        }
        foreach (Match m in RelativeDay().Matches(s))
        {
            var offset = m.Value switch
            {
                "大后天" => 3,
                "后天" => 2,
                "明天" or "明日" => 1,
                "昨天" or "昨日" => -1,
                "前天" => -2,
                _ => 0,
            };
            EnglishDateReader.Add(found, m, today.AddDays(offset), m.Value == "今晚" ? new TimeOnly(20, 0) : null);
        }
        foreach (Match m in Weekday().Matches(s))
        {
            var index = "一二三四五六日".IndexOf(m.Groups[3].Value[0] == '天' ? '日' : m.Groups[3].Value[0], StringComparison.Ordinal);
            if (index < 0)
            {
                index = m.Groups[3].Value[0] - '1';
            }
            var day = (DayOfWeek)((index + 1) % 7);
            var date = m.Groups[1].Value switch
            {
                "下下" => CalendarMath.Weekday(today, day, 2),
                "下" or "下个" => CalendarMath.Weekday(today, day, 1),
                "上" or "上个" => CalendarMath.Weekday(today, day, -1),
                "本" or "这" or "这个" => CalendarMath.Weekday(today, day, 0),
                _ => CalendarMath.Upcoming(today, day),
            };
            EnglishDateReader.Add(found, m, date, null);
        }
        foreach (Match m in Period().Matches(s))
        {
            if (Number(m.Groups[1].Value) is { } count)
            {
                var days = count * (m.Groups[2].Value == "天" ? 1 : 7) * (m.Groups[3].Value.StartsWith('前') || m.Groups[3].Value.EndsWith('前') ? -1 : 1);
                EnglishDateReader.Add(found, m, today.AddDays(days), null);
            }
        }
        foreach (Match m in Time().Matches(s))
        {
            // "一点" alone is usually "a little" (快一点), not one o'clock.
            if (Number(m.Groups[2].Value) is not { } hour || (m.Value == "一点" && !m.Groups[1].Success))
            {
                continue;
            }
            var minute = m.Groups[4].Success ? 30 : m.Groups[3].Success ? Number(m.Groups[3].Value) ?? -1 : 0;
            hour = m.Groups[1].Value switch
            {
                "下午" or "晚上" or "傍晚" when hour < 12 => hour + 12,
                "晚上" when hour == 12 => 0,
                "中午" when hour <= 2 => hour + 12,
                _ => hour,
            };
            EnglishDateReader.Add(found, m, null, CalendarMath.Time(hour, minute));
        }
    }

    private static int? Number(string text)
    {
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        }
        return ChineseNumerals.Parse(text) is { } value && value <= int.MaxValue ? (int)value : null;
    }

    [GeneratedRegex("(\\d{4}|[零〇一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]")]
    private static partial Regex FullDate();

    [GeneratedRegex("(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]")]
    private static partial Regex MonthDay();

    [GeneratedRegex("大后天|后天|明天|明日|今天|今日|今晚|昨天|昨日|前天")]
    private static partial Regex RelativeDay();

    [GeneratedRegex("(下下|下个|下|上个|上|本|这个|这)?(周|星期|礼拜)([一二三四五六日天1-7])")]
    private static partial Regex Weekday();

    [GeneratedRegex("(\\d{1,3}|[零一二两三四五六七八九十百]+)(天|个星期|个礼拜|星期|周)(之后|以后|后|之前|以前|前)")]
    private static partial Regex Period();

    [GeneratedRegex("(上午|早上|早晨|中午|下午|晚上|傍晚|凌晨)?(\\d{1,2}|[零一二两三四五六七八九十]{1,3})[点點时](?:(\\d{1,2}|[零一二三四五六七八九十]{1,3})分?|(半))?")]
    private static partial Regex Time();
}
