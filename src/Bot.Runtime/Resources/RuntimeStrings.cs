using System.Globalization;
using System.Resources;

namespace Bot.Runtime.Resources;

/// <summary>Customer-facing text of the runtime (en-US default, zh-CN), chosen by the activity's locale.</summary>
internal static class RuntimeStrings
{
    private static readonly ResourceManager Resources = new(typeof(RuntimeStrings));
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string TurnError(string? locale, string referenceId) =>
        string.Format(CultureFor(locale), Resources.GetString(nameof(TurnError), CultureFor(locale))!, referenceId);

    private static CultureInfo CultureFor(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : CultureInfo.InvariantCulture;
}
