using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Domain.Complaints;

/// <summary>
/// A contact phone number a complaint can be followed up on: a Chinese mobile (1[3-9] + nine digits, optionally after
/// +86 / 0086), a Chinese landline with its area code (0 + two or three digits, then seven or eight), or an international
/// number (+ country code, 7–15 digits in all). Spaces, dashes, dots and brackets between digits are allowed; full-width
/// digits count. <see cref="Value"/> is normalised: "13800138000", "010-65529988", "+442079460000".
/// </summary>
public sealed partial record PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out PhoneNumber? phone)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(text) || !TryDigits(text.Normalize(NormalizationForm.FormKC).Trim(), out var digits, out var international))
        {
            return false;
        }

        if (international)
        {
            phone = ChineseMobile(digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : null)
                ?? (digits.Length is >= 7 and <= 15 && digits[0] != '0' ? new PhoneNumber("+" + digits) : null);
            return phone is not null;
        }

        phone = ChineseMobile(digits)
            ?? ChineseMobile(digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : null)
            ?? ChineseLandline(digits);
        return phone is not null;
    }

    /// <summary>The first phone number written anywhere in <paramref name="text"/> ("my number is 138 0013 8000").</summary>
    public static bool TryFind(string? text, [NotNullWhen(true)] out PhoneNumber? phone)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (Match candidate in Candidate().Matches(text.Normalize(NormalizationForm.FormKC)))
        {
            if (TryParse(candidate.Value, out phone))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Value;

    private static PhoneNumber? ChineseMobile(string? digits) =>
        digits is { Length: 11 } && digits[0] == '1' && digits[1] is >= '3' and <= '9' ? new PhoneNumber(digits) : null;

    private static PhoneNumber? ChineseLandline(string digits)
    {
        if (digits.Length is < 10 or > 12 || digits[0] != '0' || digits[1] == '0')
        {
            return null;
        }

        // Beijing (010) and 02x are the two-digit area codes; all others have three digits after the 0.
        var areaLength = digits[1] is '1' or '2' ? 3 : 4;
        var local = digits[areaLength..];
        return local.Length is 7 or 8 ? new PhoneNumber($"{digits[..areaLength]}-{local}") : null;
    }

    private static bool TryDigits(string text, out string digits, out bool international)
    {
        var buffer = new StringBuilder(text.Length);
        international = false;
        var start = 0;
        if (text.StartsWith('+'))
        {
            international = true;
            start = 1;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                buffer.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                digits = string.Empty;
                return false;
            }
        }

        digits = buffer.ToString();
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            digits = digits[2..];
        }

        return digits.Length > 0;
    }

    // A plus sign or digit, then digits with the separators people type, ending on a digit.
    [GeneratedRegex(@"\+?\d[\d \-.()]{5,}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Candidate();
}
