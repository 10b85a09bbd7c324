using System.Text;
using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>
/// Normalises entity values before gold and prediction are compared, so formatting differences ("ra 123 456 789 cn",
/// "+86 138-1234-5678", "CMP-2026-000123") do not count as errors while different content does.
/// </summary>
public static class EntityValues
{
    public static string Normalize(EntityKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return kind switch
        {
            EntityKind.TrackingNumber or EntityKind.ComplaintReference or EntityKind.OrderNumber => LettersAndDigits(value),
            EntityKind.PhoneNumber => Phone(value),
            _ => value.Trim().ToUpperInvariant(),
        };
    }

    private static string LettersAndDigits(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string Phone(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        // A Chinese mobile written with its country code is the same number as without it.
        if (digits.Length == 15 && digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits;
    }
}
