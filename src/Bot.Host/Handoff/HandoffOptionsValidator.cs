using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

// Data annotations do not reach into the nested sections, and the time zone must exist on this machine.
internal sealed class HandoffOptionsValidator : IValidateOptions<HandoffOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (section, value) in new (string, object)[] { ("OpeningHours", options.OpeningHours), ("QueuePolicy", options.QueuePolicy) })
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{HandoffOptions.Section}:{section}: {r.ErrorMessage}"));
            }
        }
        try
        {
            options.OpeningHours.ToCalendar();
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            failures.Add($"{HandoffOptions.Section}:OpeningHours is invalid: {ex.Message}");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
