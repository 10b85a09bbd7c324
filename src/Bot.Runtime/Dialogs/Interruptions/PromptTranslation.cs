using System.Text.Json.Nodes;
using Bot.Runtime.Localization;

namespace Bot.Runtime.Dialogs.Interruptions;

// After a language switch the active prompt still holds its question in the old language: find which resource each
// stored text came from and put the same resource, same arguments, in the new language before asking again.
internal static class PromptTranslation
{
    private static readonly string[] Activities = ["prompt", "retryPrompt"];
    private static readonly string[] Texts = ["text", "speak"];

    public static void Translate(DialogContext leafDc, IReadOnlyList<LocalizedText> sources, string fromLocale, string toLocale)
    {
        if (sources.Count == 0 || fromLocale == toLocale || leafDc.ActiveDialog?.State["options"] is not JsonObject options)
        {
            return;
        }
        foreach (var activity in Activities)
        {
            if (options[activity] is not JsonObject stored)
            {
                continue;
            }
            foreach (var property in Texts)
            {
                if (stored[property] is JsonValue value && value.TryGetValue<string>(out var text)
                    && TryTranslate(sources, text, fromLocale, toLocale) is { } translated)
                {
                    stored[property] = translated;
                }
            }
            if (stored["locale"] is not null)
            {
                stored["locale"] = toLocale;
            }
        }
    }

    private static string? TryTranslate(IReadOnlyList<LocalizedText> sources, string text, string fromLocale, string toLocale)
    {
        foreach (var source in sources)
        {
            if (source.TryTranslate(text, fromLocale, toLocale, out var translated))
            {
                return translated;
            }
        }
        return null;
    }
}
