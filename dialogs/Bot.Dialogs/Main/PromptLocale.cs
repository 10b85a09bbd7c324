using System.Text.Json.Nodes;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Main;

// A question is stored in the language it was asked in. When the customer's client changes language between turns
// (Web Chat's language menu sets the activity's locale), the waiting question and its retry text follow.
internal static class PromptLocale
{
    private static readonly string[] Questions = ["prompt", "retryPrompt"];

    public static void Follow(DialogContext innerDc, LocalizedText texts)
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
            if (options[name] is JsonObject question
                && question["locale"]?.GetValue<string>() is { } asked && asked != locale
                && question["text"]?.GetValue<string>() is { } text
                && texts.TryTranslate(text, asked, locale, out var translated))
            {
                question["text"] = translated;
                question["locale"] = locale;
            }
        }
    }
}
