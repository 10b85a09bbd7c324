using System.Globalization;
using System.Resources;

namespace Bot.Runtime.Resources;

/// <summary>Customer-facing text of the dialog engine (en-US default, zh-CN).</summary>
internal static class DialogStrings
{
    private static readonly ResourceManager Resources = new(typeof(DialogStrings));

    /// <summary>Said when a stored conversation no longer fits the dialogs and starts again.</summary>
    public static string ConversationRestarted(string locale) =>
        Resources.GetString(nameof(ConversationRestarted), CultureInfo.GetCultureInfo(locale))!;
}
