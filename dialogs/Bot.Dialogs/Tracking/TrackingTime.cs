using System.Globalization;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// How times are shown: in the customer's time zone when their client tells it (Web Chat sends localTimezone, other
/// clients a localTimestamp with its offset), else in the offset the scan was recorded with.
/// </summary>
internal sealed class TrackingTime
{
    private readonly TimeZoneInfo? _zone;
    private readonly TimeSpan? _offset;

    private TrackingTime(TimeZoneInfo? zone, TimeSpan? offset, string locale)
    {
        _zone = zone;
        _offset = offset;
        Locale = locale;
    }

    public string Locale { get; }

    /// <summary>Each time in the offset it was recorded with (proactive updates, where the client's zone is unknown).</summary>
    public static TrackingTime AsRecorded(string locale) => new(null, null, locale);

    public static TrackingTime For(Activity activity, string locale)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.LocalTimezone is { Length: > 0 } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return new TrackingTime(zone, null, locale);
        }
        return new TrackingTime(null, activity.LocalTimestamp?.Offset, locale);
    }

    public DateTimeOffset Local(DateTimeOffset moment) =>
        _zone is not null ? TimeZoneInfo.ConvertTime(moment, _zone)
        : _offset is { } offset ? moment.ToOffset(offset)
        : moment;

    /// <summary>"Jun 3, 2:15 PM" / "6月3日 14:15".</summary>
    public string Format(DateTimeOffset moment) =>
        Local(moment).ToString(TrackingText.Get("TimeFormat", Locale), BotLocales.Culture(Locale));

    /// <summary>The time with its zone: "Jun 3, 2:15 PM (UTC+8)".</summary>
    public string FormatWithZone(DateTimeOffset moment) =>
        TrackingText.Get("TimeWithZone", Locale, Format(moment), ZoneLabel(Local(moment).Offset));

    private static string ZoneLabel(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}"
            : $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}:{abs.Minutes.ToString("00", CultureInfo.InvariantCulture)}";
    }
}
