using System.ComponentModel.DataAnnotations;
using Bot.Domain.Complaints;

namespace Bot.Dialogs.Complaints;

/// <summary>Complaint intake: SLA table, business calendar, severity threshold (section <c>Complaints</c>).</summary>
public sealed class ComplaintOptions : IValidatableObject
{
    public const string Section = "Complaints";

    /// <summary>The time zone business hours are counted in and promised times are shown in (IANA or Windows id).</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Opening hours, workdays and holidays of the teams that resolve complaints.</summary>
    public BusinessHoursOptions BusinessHours { get; set; } = new();

    /// <summary>Business hours to resolve a complaint, per customer tier and per category × tier.</summary>
    public ServiceLevelOptions ServiceLevels { get; set; } = new();

    /// <summary>Declared value (currency units) above which damaged goods make a complaint high-severity (escalated at once).</summary>
    [Range(typeof(decimal), "0", "1000000000")]
    public decimal HighSeverityValue { get; set; } = 2000m;

    /// <summary>The business calendar these options describe.</summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone is unknown.</exception>
    public BusinessCalendar CreateCalendar() =>
        new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), BusinessHours.Opens, BusinessHours.Closes, BusinessHours.EffectiveWorkdays, BusinessHours.Holidays);

    public ResolutionPromiseCalculator CreatePromiseCalculator() => new(ServiceLevels.CreateTable(), CreateCalendar());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var errors = new List<ValidationResult>();
        Check(errors, () => CreateCalendar(), $"{nameof(TimeZone)} / {nameof(BusinessHours)}");
        Check(errors, () => ServiceLevels.CreateTable(), nameof(ServiceLevels));
        return errors;
    }

    private static void Check(List<ValidationResult> errors, Action build, string member)
    {
        try
        {
            build();
        }
        catch (Exception ex) when (ex is ArgumentException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add(new ValidationResult($"Complaints: {ex.Message}", [member]));
        }
    }
}
