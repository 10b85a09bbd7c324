using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs;

// The locale middleware puts the turn's locale in TurnState["locale"]; without it the activity's locale decides.
internal static class DialogLocale
{
    public const string TurnStateKey = "locale";

    public static string Of(TurnContext turnContext)
    {
        var locale = turnContext.TurnState.TryGetValue(TurnStateKey, out var value) && value is string stored
            ? stored
            : turnContext.Activity.Locale;
        return locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en-US";
    }
}
