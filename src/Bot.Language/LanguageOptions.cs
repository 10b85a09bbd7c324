using System.ComponentModel.DataAnnotations;

namespace Bot.Language;

/// <summary>Settings of language understanding (configuration section "Language").</summary>
public sealed class LanguageOptions
{
    public const string Section = "Language";

    /// <summary>
    /// Tracking-number formats by name: a .NET regular expression matched case-insensitively against the message (the
    /// recogniser adds the word boundaries). Entries from configuration override a default of the same name; an empty
    /// pattern switches that format off. Found numbers are upper-cased with spaces and dashes removed.
    /// </summary>
    public Dictionary<string, string> TrackingNumberFormats { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["upu-s10"] = @"[A-Z]{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}[ ]?[A-Z]{2}",
        ["sf-express"] = @"SF\d{12,13}",
        ["jd-logistics"] = @"JD[A-Z]{0,2}\d{13,15}",
        ["yto"] = @"YT\d{13}",
        ["zto"] = @"ZTO?\d{12}",
        // Ten to fifteen digits, except an 11-digit Chinese mobile number (1[3-9] followed by nine digits).
        ["numeric-waybill"] = @"(?!1[3-9]\d{9}(?!\d))\d{10,15}",
    };

    /// <summary>
    /// When true, a UPU S10 number (two letters, eight digits, check digit, country) is accepted only if its check digit
    /// is right. Off by default: customers and test data often quote well-formed numbers with a wrong check digit.
    /// </summary>
    public bool RequireValidS10CheckDigit { get; set; }

    /// <summary>Minimum evidence score for an intent; below it the message is OutOfScope.</summary>
    [Range(0.1, 20)]
    public double MinimumIntentScore { get; set; } = 1.5;
}
