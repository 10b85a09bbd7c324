using Bot.Runtime.Dialogs;
using Bot.Runtime.Localization;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

internal static class InterruptionFlows
{
    public const string Flat = "flat";
    public const string Nested = "nested";

    /// <summary>Each interruption runs at a plain waterfall step and inside a nested component, in both languages.</summary>
    public static TheoryData<string, string> EveryShapeAndLocale => new()
    {
        { Flat, "en-US" },
        { Flat, "zh-CN" },
        { Nested, "en-US" },
        { Nested, "zh-CN" },
    };

    /// <summary>The parcel questions as the root dialog (flat) or two interruptible components deep (nested).</summary>
    public static DialogTestFlow Create(string shape, string locale) => shape switch
    {
        Flat => Create<ParcelDialog>(locale),
        Nested => Create<OuterDialog>(locale),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    public static DialogTestFlow Create<TDialog>(string locale) where TDialog : Dialog =>
        DialogTestFlow.Create(services => services.AddBotLocalization().AddDialogBot<TDialog>(), locale);

    /// <summary>Gets the flow to the order number question (so the waterfall has a value).</summary>
    public static DialogTestFlow AtOrderQuestion(this DialogTestFlow flow, string locale) =>
        flow.Send("hi").AssertReply(ParcelText.Get("AskName", locale))
            .Send("Lee").AssertReply(ParcelText.Get("AskOrder", locale, "Lee"));

    public static string Say(string locale, string english, string chinese) => locale == BotLocales.Chinese ? chinese : english;
}
