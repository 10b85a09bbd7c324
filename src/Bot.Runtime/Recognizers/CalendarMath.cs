namespace Bot.Runtime.Recognizers;

// Weeks start on Monday (as 本周/下周 do); "next Friday" is the Friday of next week.
internal static class CalendarMath
{
    public static DateOnly Weekday(DateOnly today, DayOfWeek day, int weekOffset)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return monday.AddDays(7 * weekOffset + ((int)day + 6) % 7);
    }

    // A weekday said on its own means the next one, today included.
    public static DateOnly Upcoming(DateOnly today, DayOfWeek day) => today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);

    // A day of the year said without the year means the next one, today included.
    public static DateOnly? MonthDay(DateOnly today, int? year, int month, int day)
    {
        if (year is { } y)
        {
            return Create(y < 100 ? 2000 + y : y, month, day);
        }
        var thisYear = Create(today.Year, month, day);
        return thisYear is { } d && d < today ? Create(today.Year + 1, month, day) : thisYear;
    }

    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static TimeOnly? Time(int hour, int minute) =>
        hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
}
