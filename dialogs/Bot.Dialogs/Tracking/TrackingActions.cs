using System.Globalization;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;

namespace Bot.Dialogs.Tracking;

// The follow-up options after a tracking answer. Buttons show the turn's language; words of either language pick an
// option, also one that is not shown as a button (a customer may ask to complain about a shipment that is on time).
internal static class TrackingActions
{
    public const string Complain = "complain";
    public const string Person = "person";
    public const string Notify = "notify";
    public const string Details = "details";
    public const string Another = "another";
    public const string Done = "done";

    /// <summary>Not an option: the answer held tracking numbers, which are tracked next.</summary>
    public const string Track = "track";

    private static readonly (string Value, string Title, string[] Synonyms)[] Options =
    [
        (Complain, "ActionComplain", ["complain", "complaint", "make a complaint", "file a complaint", "投诉", "我要投诉", "投诉一下"]),
        (Person, "ActionPerson", ["person", "agent", "human", "talk to a person", "talk to someone", "speak to a person", "real person",
            "人工", "转人工", "人工客服", "客服", "找人工"]),
        (Notify, "ActionNotify", ["notify me", "notify", "let me know", "keep me updated", "keep me posted", "tell me when it moves",
            "subscribe", "send me updates", "通知我", "有变化告诉我", "有变化通知我", "订阅", "订阅通知", "有消息告诉我"]),
        (Details, "ActionDetails", ["see delivery details", "delivery details", "details", "show details", "who signed",
            "详情", "查看详情", "收件详情", "谁签收的"]),
        (Another, "ActionAnother", ["another number", "track another", "another one", "other number", "另一个单号", "其他单号", "换个单号"]),
        (Done, "ActionDone", ["no", "no thanks", "nope", "that's all", "that is all", "done", "nothing else", "all good", "thanks",
            "thank you", "ok thanks", "bye", "没有了", "没了", "不用了", "谢谢", "好的谢谢", "没事了", "再见"]),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Options.Select(o => o.Value)];

    /// <summary>The buttons for <paramref name="offered"/>, titled in <paramref name="locale"/>.</summary>
    public static IReadOnlyList<Choice> Choices(IEnumerable<string> offered, string locale) =>
        [.. offered.Select(value => Array.Find(Options, o => o.Value == value)).Where(o => o.Value is not null)
            .Select(o => new Choice(o.Value, [.. o.Synonyms, .. OtherTitles(o.Title, locale)], TrackingText.Get(o.Title, locale)))];

    /// <summary>The option the text picks; a position ("2", "the second one") counts the buttons only.</summary>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<string> offered, string locale)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var found = ChoiceRecognizer.Recognize(text, Choices([.. offered, .. All.Except(offered)], locale), CultureInfo.GetCultureInfo(locale));
        return found is { Synonym: null } && found.Index >= offered.Count ? null : found;
    }

    private static IEnumerable<string> OtherTitles(string title, string locale) =>
        BotLocales.Supported.Where(l => l != locale).Select(l => TrackingText.Get(title, l));
}
