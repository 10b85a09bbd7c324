using System.ComponentModel.DataAnnotations;
using Bot.Domain.Complaints;

namespace Bot.Host.Handoff;

/// <summary>When people can take chats (section <c>Handoff:OpeningHours</c>).</summary>
public sealed class OpeningHoursOptions
{
    /// <summary>
    /// Ignore the hours and take chats at any time. On by default so that <c>dotnet run</c> can be tried at any hour;
    /// set it to false in production to send customers to a callback outside the hours below.
    /// </summary>
    public bool AlwaysOpen { get; set; } = true;

    /// <summary>IANA (or Windows) time zone of the hours below.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeOnly Opens { get; set; } = new(9, 0);

    public TimeOnly Closes { get; set; } = new(18, 0);

    /// <summary>The working days; empty (the default) means Monday to Friday.</summary>
    public DayOfWeek[] Workdays { get; set; } = [];

    /// <summary>Days without service, in the time zone above.</summary>
    public DateOnly[] Holidays { get; set; } = [];

    /// <exception cref="TimeZoneNotFoundException">The time zone is unknown.</exception>
    /// <exception cref="ArgumentException">The hours close before they open.</exception>
    public BusinessCalendar ToCalendar() => new(
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        Opens,
        Closes,
        Workdays.Length > 0 ? Workdays : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        Holidays);
}
