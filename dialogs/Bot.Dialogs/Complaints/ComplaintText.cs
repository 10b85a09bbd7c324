using System.Globalization;
using Bot.Domain.Language;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Complaints;

// The complaint conversation's text (Resources/ComplaintStrings, en-US + zh-CN). Customer-typed text goes out as plain text.
internal static class ComplaintText
{
    public static readonly LocalizedText Strings =
        LocalizedText.For(typeof(ComplaintText).Assembly, "Bot.Dialogs.Resources.ComplaintStrings");

    public static string Get(string name, string locale, params object?[] args) => Strings.Get(name, locale, args);

    public static Activity Message(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain };

    /// <summary>A question and its retry text, both from resources (remembering their language, so a switch can translate them).</summary>
    public static PromptOptions Ask(string locale, string question, string retry, params object?[] args) => new()
    {
        Prompt = Message(Get(question, locale, args)) with { Locale = locale },
        RetryPrompt = Message(Get(retry, locale)) with { Locale = locale },
    };

    public static string Category(ComplaintCategory category, string locale) => Get($"Category.{category}", locale);

    public static string Feeling(ComplaintCategory category, string locale) =>
        Get(category switch
        {
            ComplaintCategory.Delay or ComplaintCategory.DamageOrDeterioration or ComplaintCategory.ShortageOrLoss
                or ComplaintCategory.StaffAttitudeOrConduct or ComplaintCategory.TrackingInfoSlowOrMissing
                or ComplaintCategory.PriceOrBilling => $"Feeling.{category}",
            _ => "Feeling.Other",
        }, locale);

    /// <summary>An instant as local time of <paramref name="zone"/>, with its UTC offset ("Monday 9 June 2025, 14:00 (UTC+08:00)").</summary>
    public static string Time(DateTimeOffset instant, TimeZoneInfo zone, string locale)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var culture = BotLocales.Culture(locale);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return Get("TimeWithZone", locale, local.ToString(Get("TimeFormat", locale), culture), sign + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture));
    }

    public static string Amount(decimal amount, string locale) =>
        Get("Amount", locale, amount.ToString("#,0.##", BotLocales.Culture(locale)));
}
