using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Main;

// The customer-service conversation's text (Resources/CustomerServiceStrings, en-US + zh-CN).
internal static class CustomerServiceText
{
    public static readonly LocalizedText Strings =
        LocalizedText.For(typeof(CustomerServiceText).Assembly, "Bot.Dialogs.Resources.CustomerServiceStrings");

    public static string Get(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static Activity Message(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };

    // The question remembers its language, so it can follow the customer's (see PromptLocale).
    private static Activity Question(string text, string locale) => Message(text) with { Locale = locale };

    /// <summary>A question and its retry text, both from resources so a language switch can translate them.</summary>
    public static PromptOptions Ask(string locale, string question, string retry, params object?[] args) => new()
    {
        Prompt = Question(Get(question, locale, args), locale),
        RetryPrompt = Question(Get(retry, locale), locale),
    };

    public static string JoinList(IEnumerable<string> items, string locale) => string.Join(Get("ListSeparator", locale), items);
}
