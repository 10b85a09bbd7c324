using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Main;

// The customer-service conversation's text (Resources/CustomerServiceStrings, en-US + zh-CN).
internal static class CustomerServiceText
{
    private const string ResourceSuffix = ".resources";

    public static readonly LocalizedText Strings =
        LocalizedText.For(typeof(CustomerServiceText).Assembly, "Bot.Dialogs.Resources.CustomerServiceStrings");

    /// <summary>
    /// Every resource area of this assembly (customer service, tracking, complaints, surveys ...): a question asked from
    /// any of them can be asked again in the language the customer switched to.
    /// </summary>
    public static readonly IReadOnlyList<LocalizedText> All =
    [
        .. typeof(CustomerServiceText).Assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => LocalizedText.For(typeof(CustomerServiceText).Assembly, name[..^ResourceSuffix.Length])),
    ];

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

    /// <summary>A question from any resource area, with its retry, remembering its language.</summary>
    public static PromptOptions Ask(LocalizedText texts, string locale, string question, string retry, object?[] questionArgs, object?[] retryArgs) => new()
    {
        Prompt = Question(texts.Get(question, locale, questionArgs), locale),
        RetryPrompt = Question(texts.Get(retry, locale, retryArgs), locale),
    };

    public static string JoinList(IEnumerable<string> items, string locale) => string.Join(Get("ListSeparator", locale), items);
}
