using Bot.Runtime.State;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Localization;

public static class LocaleTurnContextExtensions
{
    // BotState keeps no per-instance data beyond its name: this finds the user document the turn loaded.
    private static readonly UserState User = new();

    /// <summary>The turn's locale: what <see cref="LocaleMiddleware"/> resolved, else what the activity asks for, else en-US.</summary>
    public static string GetLocale(this TurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(BotLocales.TurnStateKey, out var locale) && locale is string { Length: > 0 } set
            ? set
            : LocaleResolver.FromActivity(turnContext.Activity) ?? BotLocales.Default;
    }

    /// <summary>Sets the locale for the rest of this turn only.</summary>
    public static void SetLocale(this TurnContext turnContext, string locale)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[BotLocales.TurnStateKey] = BotLocales.Normalize(locale) ?? BotLocales.Default;
    }

    /// <summary>
    /// Remembers the user's choice in user state (it wins over the activity's locale on later turns) and uses it for
    /// the rest of this turn. Returns false when the turn has no user state (the activity has no from.id).
    /// </summary>
    public static async Task<bool> SetUserLocaleAsync(this TurnContext turnContext, string locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var normalized = BotLocales.Normalize(locale) ?? BotLocales.Default;
        turnContext.SetLocale(normalized);
        if (!User.IsLoaded(turnContext))
        {
            return false;
        }
        await User.SetAsync(turnContext, BotLocales.UserStateProperty, normalized, cancellationToken);
        return true;
    }
}
