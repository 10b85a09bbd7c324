using Bot.Dialogs.Main;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Tracking;

// The tracking answers' text (Resources/TrackingStrings, en-US + zh-CN), including the stage model's
// shipment.stage.{stage}.name|description|next keys.
internal static class TrackingText
{
    public static readonly LocalizedText Strings =
        LocalizedText.For(typeof(TrackingText).Assembly, "Bot.Dialogs.Resources.TrackingStrings");

    public static string Get(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static string JoinList(IEnumerable<string> items, string locale) => CustomerServiceText.JoinList(items, locale);

    /// <summary>A question and its retry text, remembering their language so a language switch can translate them.</summary>
    public static PromptOptions Ask(string locale, string question, string retry, int maxAttempts = 3) => new()
    {
        Prompt = CustomerServiceText.Message(Get(question, locale)) with { Locale = locale },
        RetryPrompt = CustomerServiceText.Message(Get(retry, locale)) with { Locale = locale },
        MaxAttempts = maxAttempts,
    };

    public static Activity Message(string text) => CustomerServiceText.Message(text);
}
