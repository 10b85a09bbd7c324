using Bot.Runtime.Localization;

namespace Bot.Runtime.Dialogs.Prompts;

// Default retry texts and button labels of the prompts (Resources/PromptStrings.resx, zh-CN satellite).
internal static class PromptText
{
    private static readonly LocalizedText Strings = LocalizedText.For(typeof(PromptText).Assembly, "Bot.Runtime.Resources.PromptStrings");

    public static string Get(string name, string locale) => Strings.Get(name, locale);
}
