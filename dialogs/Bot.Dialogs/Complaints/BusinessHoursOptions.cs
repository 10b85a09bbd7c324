namespace Bot.Dialogs.Complaints;

/// <summary>When complaint teams work (section <c>Complaints:BusinessHours</c>).</summary>
public sealed class BusinessHoursOptions
{
    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Opening time, local to <see cref="ComplaintOptions.TimeZone"/> ("09:00").</summary>
    public TimeOnly Opens { get; set; } = new(9, 0);

    /// <summary>Closing time, after <see cref="Opens"/> on the same day ("18:00").</summary>
    public TimeOnly Closes { get; set; } = new(18, 0);

    /// <summary>Working days (e.g. ["Monday", …]); Monday to Friday when none are configured.</summary>
    public List<DayOfWeek> Workdays { get; set; } = [];

    /// <summary>Dates without business hours ("2025-10-01").</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    internal IReadOnlyList<DayOfWeek> EffectiveWorkdays => Workdays.Count > 0 ? Workdays : MondayToFriday;
}
