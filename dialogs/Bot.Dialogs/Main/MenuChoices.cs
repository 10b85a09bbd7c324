using System.Globalization;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Recognizers;

namespace Bot.Dialogs.Main;

/// <summary>The main menu's options. The buttons show the turn's language; either language's words pick an option.</summary>
public static class MenuChoices
{
    public const string Track = "track";
    public const string Complain = "complain";
    public const string Check = "check";
    public const string Human = "human";

    private static readonly (string Value, string Title, string[] Synonyms)[] Options =
    [
        (Track, "MenuTrack", ["track", "tracking", "track my parcel", "where is my parcel", "where is my package", "where is my shipment",
            "parcel", "package", "shipment", "delivery", "查快递", "查件", "快递", "快件", "包裹", "物流", "我的包裹在哪里", "我的快递在哪里"]),
        (Complain, "MenuComplain", ["complain", "file a complaint", "new complaint", "投诉", "我要投诉", "投诉快递"]),
        (Check, "MenuCheck", ["check complaint", "complaint status", "status of my complaint", "my complaint", "投诉进度", "查投诉"]),
        (Human, "MenuHuman", ["person", "agent", "human", "人工", "客服"]),
    ];

    internal static IReadOnlyList<Choice> For(string locale) =>
        [.. Options.Select(o => new Choice(o.Value, [.. o.Synonyms, .. OtherTitles(o.Title, locale)], CustomerServiceText.Get(o.Title, locale)))];

    internal static FoundChoice? Recognize(string? text, string locale) =>
        ChoiceRecognizer.Recognize(text, For(locale), CultureInfo.GetCultureInfo(locale));

    private static IEnumerable<string> OtherTitles(string title, string locale) =>
        Runtime.Localization.BotLocales.Supported.Where(l => l != locale).Select(l => CustomerServiceText.Get(title, l));
}
