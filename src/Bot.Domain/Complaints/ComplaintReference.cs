using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Bot.Domain.Complaints;

/// <summary>
/// The human-readable complaint number <c>CMP-YYYY-NNNNNN</c> (year opened, six-digit serial from 000001). Parsing forgives
/// case, surrounding spaces and a space or missing dash between the parts, as customers quote it back.
/// </summary>
public sealed record ComplaintReference
{
    public const string Prefix = "CMP";
    public const int MaxSerial = 999_999;

    public ComplaintReference(int year, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, MaxSerial);
        Year = year;
        Serial = serial;
    }

    public int Year { get; }

    public int Serial { get; }

    public static ComplaintReference Parse(string text) =>
        TryParse(text, out var reference)
            ? reference
            : throw new FormatException("A complaint reference looks like CMP-2025-000123.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out ComplaintReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (!span.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        span = SkipSeparator(span[Prefix.Length..]);
        if (span.Length < 4 || !int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        span = SkipSeparator(span[4..]);
        if (span.Length != 6 || !int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            return false;
        }

        if (year < 2000 || serial < 1)
        {
            return false;
        }

        reference = new ComplaintReference(year, serial);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Serial:D6}");

    private static ReadOnlySpan<char> SkipSeparator(ReadOnlySpan<char> span) =>
        span.Length > 0 && span[0] is '-' or ' ' ? span[1..] : span;
}
