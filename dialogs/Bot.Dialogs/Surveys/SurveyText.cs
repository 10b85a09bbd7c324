using Bot.Runtime.Localization;

namespace Bot.Dialogs.Surveys;

// The survey's text (Resources/SurveyStrings, en-US + zh-CN).
internal static class SurveyText
{
    public static readonly LocalizedText Strings =
        LocalizedText.For(typeof(SurveyText).Assembly, "Bot.Dialogs.Resources.SurveyStrings");

    public static string Get(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);
}
