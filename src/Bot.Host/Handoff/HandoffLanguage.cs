namespace Bot.Host.Handoff;

// Escalations, agents and callback cases speak "en" or "zh"; requests may come with a locale ("zh-CN").
internal static class HandoffLanguage
{
    public const string English = "en";
    public const string Chinese = "zh";

    public static string Of(string? languageOrLocale) =>
        languageOrLocale?.Trim().StartsWith(Chinese, StringComparison.OrdinalIgnoreCase) == true ? Chinese : English;
}
