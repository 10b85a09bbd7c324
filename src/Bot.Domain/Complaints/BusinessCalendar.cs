namespace Bot.Domain.Complaints;

/// <summary>
/// Business hours in a time zone (e.g. Mon–Fri 09:00–18:00 Asia/Shanghai), with optional holidays. Adds business time to
/// an instant, skipping nights, weekends and holidays. Pure: the caller passes the instant (no clock here).
/// </summary>
public sealed class BusinessCalendar
{
    private const int MaxDaysScanned = 3660;
    private readonly HashSet<DayOfWeek> workdays;
    private readonly HashSet<DateOnly> holidays;

    public BusinessCalendar(
        TimeZoneInfo timeZone,
        TimeOnly opens,
        TimeOnly closes,
        IEnumerable<DayOfWeek> workdays,
        IEnumerable<DateOnly>? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(workdays);
        if (closes <= opens)
        {
            throw new ArgumentException("Business hours must close after they open on the same day.", nameof(closes));
        }

        this.workdays = [.. workdays];
        if (this.workdays.Count == 0)
        {
            throw new ArgumentException("At least one workday is needed.", nameof(workdays));
        }

        this.holidays = [.. holidays ?? []];
        TimeZone = timeZone;
        Opens = opens;
        Closes = closes;
    }

    public TimeZoneInfo TimeZone { get; }

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    /// <summary>Monday to Friday, <paramref name="opens"/>–<paramref name="closes"/> in the given IANA/Windows zone.</summary>
    public static BusinessCalendar Weekdays(string timeZoneId, TimeOnly opens, TimeOnly closes, IEnumerable<DateOnly>? holidays = null) =>
        new(
            TimeZoneInfo.FindSystemTimeZoneById(timeZoneId),
            opens,
            closes,
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            holidays);

    public bool IsBusinessDay(DateOnly day) => workdays.Contains(day.DayOfWeek) && !holidays.Contains(day);

    /// <summary>True when <paramref name="instant"/> falls within business hours (opening inclusive, closing exclusive).</summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;
        var time = TimeOnly.FromDateTime(local);
        return IsBusinessDay(DateOnly.FromDateTime(local)) && time >= Opens && time < Closes;
    }

    /// <summary>The next opening at or after <paramref name="instant"/> (the instant itself when open).</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant) =>
        IsOpenAt(instant) ? instant : AddBusinessTime(instant, TimeSpan.FromTicks(1)) - TimeSpan.FromTicks(1);

    /// <summary>
    /// The instant when <paramref name="businessTime"/> of business hours have elapsed after <paramref name="start"/>,
    /// in the calendar's time zone. Time outside business hours does not count; a deadline that falls exactly at closing
    /// time stays on that day.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        if (businessTime == TimeSpan.Zero)
        {
            return start;
        }

        var cursor = TimeZoneInfo.ConvertTime(start, TimeZone).DateTime;
        var remaining = businessTime;
        for (var scanned = 0; scanned < MaxDaysScanned; scanned++)
        {
            var day = DateOnly.FromDateTime(cursor);
            if (IsBusinessDay(day))
            {
                var dayOpens = day.ToDateTime(Opens);
                var dayCloses = day.ToDateTime(Closes);
                if (cursor < dayOpens)
                {
                    cursor = dayOpens;
                }

                if (cursor < dayCloses)
                {
                    var available = dayCloses - cursor;
                    if (remaining <= available)
                    {
                        return ToInstant(cursor + remaining);
                    }

                    remaining -= available;
                }
            }

            cursor = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        throw new InvalidOperationException("No business hours found within ten years; check the holidays.");
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wallClock, TimeZone.GetUtcOffset(wallClock));
    }
}
