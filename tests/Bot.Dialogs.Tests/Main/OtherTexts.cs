using Bot.Dialogs.Main;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Tests.Main;

// The tracking and complaint tasks' texts, to see which task the main loop started.
internal static class OtherTexts
{
    private static readonly LocalizedText TrackingStrings =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.TrackingStrings");

    private static readonly LocalizedText ComplaintStrings =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.ComplaintStrings");

    public static string Tracking(string name, string locale, params object?[] args) => TrackingStrings.Get(name, locale, args);

    public static string Complaint(string name, string locale, params object?[] args) => ComplaintStrings.Get(name, locale, args);
}
