using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

// The test dialogs' texts and the interruption texts the tests expect, in both languages.
internal static class ParcelText
{
    public static readonly LocalizedText Strings = LocalizedText.For(typeof(ParcelText).Assembly, "Bot.Runtime.Tests.Dialogs.Interruptions.ParcelStrings");

    private static readonly LocalizedText Interruptions =
        LocalizedText.For(typeof(InterruptibleDialog).Assembly, "Bot.Runtime.Resources.InterruptionStrings");

    public static string Get(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static string Interruption(string name, string locale) => Interruptions.Get(name, locale);

    public static PromptOptions Ask(string text) =>
        new() { Prompt = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain } };
}
