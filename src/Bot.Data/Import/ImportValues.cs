using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;

namespace Bot.Data.Import;

/// <summary>How the import formats spell stages, tiers and times.</summary>
public static partial class ImportValues
{
    /// <summary>The stage names as written in files: <c>created, pickedUp, atWarehouse, …</c>.</summary>
    public static IReadOnlyList<string> StageNames { get; } =
        [.. Enum.GetValues<ShipmentStage>().Select(StageName)];

    public static string StageName(ShipmentStage stage) => JsonNamingPolicy.CamelCase.ConvertName(stage.ToString());

    public static string TierName(CustomerTier tier) => JsonNamingPolicy.CamelCase.ConvertName(tier.ToString());

    /// <summary>A stage name in any case; dashes, underscores and spaces are ignored (<c>picked-up</c>, <c>Picked Up</c>).</summary>
    public static bool TryParseStage(string? text, out ShipmentStage stage) => TryParseName(text, out stage);

    /// <summary><c>general</c>, <c>suitable</c> or <c>key</c> in any case.</summary>
    public static bool TryParseTier(string? text, out CustomerTier tier) => TryParseName(text, out tier);

    /// <summary><c>customers</c>, <c>shipments</c> or <c>events</c> in any case.</summary>
    public static bool TryParseKind(string? text, out ImportKind kind) => TryParseName(text, out kind);

    /// <summary>
    /// An ISO 8601 date and time with seconds optional, fraction optional, <c>T</c> or a space between date and time,
    /// and a mandatory offset (<c>Z</c> or <c>±hh:mm</c>). <paramref name="missingOffset"/> tells a time without offset
    /// apart from text that is no timestamp at all.
    /// </summary>
    public static bool TryParseTimestamp(string? text, out DateTimeOffset value, out bool missingOffset)
    {
        value = default;
        missingOffset = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = TimestampPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (!match.Groups["offset"].Success)
        {
            missingOffset = DateTime.TryParse(match.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            return false;
        }

        return DateTimeOffset.TryParse(match.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool TryParseName<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = string.Concat(text.Where(c => c is not ('-' or '_' or ' ')));
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(?<offset>Z|[+-]\d{2}:\d{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();
}
