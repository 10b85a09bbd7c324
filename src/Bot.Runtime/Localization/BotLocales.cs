using System.Globalization;

namespace Bot.Runtime.Localization;

/// <summary>The locales the bot speaks: en-US (the default and fallback) and zh-CN.</summary>
public static class BotLocales
{
    public const string English = "en-US";

    public const string Chinese = "zh-CN";

    public const string Default = English;

    /// <summary>The <see cref="Turns.TurnContext.TurnState"/> key that holds the turn's resolved locale.</summary>
    public const string TurnStateKey = "locale";

    /// <summary>The user state property that remembers the locale a user chose.</summary>
    public const string UserStateProperty = "locale";

    public static IReadOnlyList<string> Supported { get; } = [English, Chinese];

    /// <summary>Maps any locale to a supported one (zh* → zh-CN, anything else → en-US); null when none is given.</summary>
    public static string? Normalize(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? null
        : locale.Trim().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese
        : English;

    public static CultureInfo Culture(string? locale) => CultureInfo.GetCultureInfo(Normalize(locale) ?? Default);
}
