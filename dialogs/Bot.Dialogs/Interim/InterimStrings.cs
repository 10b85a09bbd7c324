using System.Globalization;
using System.Resources;

namespace Bot.Dialogs.Interim;

/// <summary>The interim bot's text (en-US default, zh-CN), chosen by the activity's locale.</summary>
internal static class InterimStrings
{
    private static readonly ResourceManager Resources = new(typeof(InterimStrings));
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Welcome(string? locale, string botName) => Format(nameof(Welcome), locale, botName);

    public static string Acknowledgement(string? locale, string text, int count) => Format(nameof(Acknowledgement), locale, text, count);

    private static string Format(string name, string? locale, params object[] args)
    {
        var culture = locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : CultureInfo.InvariantCulture;
        return string.Format(culture, Resources.GetString(name, culture)!, args);
    }
}
