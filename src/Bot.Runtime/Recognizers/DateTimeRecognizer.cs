using System.Globalization;

namespace Bot.Runtime.Recognizers;

/// <summary>
/// Reads dates and times of day in English and Chinese relative to <c>now</c> in the user's time zone (never the
/// machine clock). A time said next to a date belongs to that date; a time alone is today.
/// </summary>
public static class DateTimeRecognizer
{
    public static IReadOnlyList<DateTimeResolution> Recognize(string? text, DateTimeOffset now, TimeZoneInfo timeZone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(culture);
        var normalized = RecognizerText.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime);
        var found = new List<DateMention>();
        if (RecognizerText.ContainsCjk(normalized))
        {
            ChineseDateReader.Read(normalized, today, found);
        }
        EnglishDateReader.Read(normalized, today, culture, found);
        return Combine(normalized, today, found);
    }

    private static List<DateTimeResolution> Combine(string text, DateOnly today, List<DateMention> found)
    {
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var dates = found.FindAll(f => f.Date is not null);
        foreach (var time in found.FindAll(f => f.Date is null))
        {
            var nearest = dates.FindAll(d => d.Time is null)
                .OrderBy(d => Math.Max(d.Start - time.End, time.Start - d.End))
                .FirstOrDefault();
            if (nearest is null)
            {
                dates.Add(time with { Date = today });
                continue;
            }
            dates[dates.IndexOf(nearest)] = new DateMention(Math.Min(nearest.Start, time.Start), Math.Max(nearest.End, time.End), nearest.Date, time.Time);
        }
        dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return dates.ConvertAll(d => new DateTimeResolution(d.Date!.Value, d.Time, text[d.Start..d.End]));
    }
}
