using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// A small date finder: today/tomorrow/yesterday (en, zh), ISO and Chinese dates, "December 1" / "1 Dec".
/// Values are ISO dates (yyyy-MM-dd); a date without a year more than six months ahead is taken as last year's.
internal static class DateFinder
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static void Find(string text, DateOnly today, List<RecognizedEntity> into)
    {
        foreach (Match m in EntityPatterns.RelativeDay().Matches(text))
        {
            var offset = m.Groups["w"].Value.ToLowerInvariant() switch
            {
                "day before yesterday" or "前天" => -2,
                "大前天" => -3,
                "yesterday" or "昨天" or "昨日" => -1,
                "tomorrow" or "明天" or "明日" => 1,
                "day after tomorrow" or "后天" => 2,
                _ => 0,
            };
            Add(into, today.AddDays(offset), m);
        }

        foreach (Match m in EntityPatterns.IsoDate().Matches(text))
        {
            TryAdd(into, Int(m, "y"), Int(m, "m"), Int(m, "d"), m);
        }

        foreach (Match m in EntityPatterns.ChineseMonthDay().Matches(text))
        {
            AddWithoutYear(into, today, Int(m, "m"), Int(m, "d"), m);
        }

        foreach (Match m in EntityPatterns.EnglishMonthDay().Matches(text))
        {
            var month = Array.IndexOf(Months, m.Groups["m"].Value[..3].ToLowerInvariant()) + 1;
            if (m.Groups["y"].Success)
            {
                TryAdd(into, Int(m, "y"), month, Int(m, "d"), m);
            }
            else
            {
                AddWithoutYear(into, today, month, Int(m, "d"), m);
            }
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static void AddWithoutYear(List<RecognizedEntity> into, DateOnly today, int month, int day, Match m)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(today.Year, month))
        {
            return;
        }

        var date = new DateOnly(today.Year, month, day);
        if (date > today.AddMonths(6))
        {
            date = date.AddYears(-1);
        }

        Add(into, date, m);
    }

    private static void TryAdd(List<RecognizedEntity> into, int year, int month, int day, Match m)
    {
        if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            Add(into, new DateOnly(year, month, day), m);
        }
    }

    private static void Add(List<RecognizedEntity> into, DateOnly date, Match m) =>
        into.Add(new RecognizedEntity(EntityKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Value, m.Index));
}
