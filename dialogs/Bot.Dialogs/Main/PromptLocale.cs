using System.Text.Json.Nodes;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Main;

// A question is stored in the language it was asked in. When the turn's language differs (the customer's client changed
// its language, or the customer wrote in the other language — see LocaleResolver), the waiting question and its retry
// text follow: translated from the language stored with the question, or, when it has none, from whichever other
// language one of the resource areas renders it in exactly.
internal static class PromptLocale
{
    private static readonly string[] Questions = ["prompt", "retryPrompt"];

    public static void Follow(DialogContext innerDc, LocalizedText texts) => Follow(innerDc, [texts]);

    public static void Follow(DialogContext innerDc, IReadOnlyList<LocalizedText> texts)
    {
        var leaf = innerDc;
        while (leaf.Child is { } child)
        {
            leaf = child;
        }
        if (leaf.ActiveDialog?.State["options"] is not JsonObject options)
        {
            return;
        }
        var locale = innerDc.Locale;
        foreach (var name in Questions)
        {
            if (options[name] is not JsonObject question || question["text"]?.GetValue<string>() is not { } text)
            {
                continue;
            }
            var asked = question["locale"]?.GetValue<string>();
            var sources = asked is null ? BotLocales.Supported.Where(l => l != locale) : asked == locale ? [] : [asked];
            foreach (var from in sources)
            {
                if (TryTranslate(texts, text, from, locale) is { } translated)
                {
                    question["text"] = translated;
                    question["locale"] = locale;
                    break;
                }
            }
        }
    }

    private static string? TryTranslate(IReadOnlyList<LocalizedText> texts, string text, string from, string to)
    {
        foreach (var source in texts)
        {
            if (source.TryTranslate(text, from, to, out var translated))
            {
                return translated;
            }
        }
        return null;
    }
}
