using Bot.Protocol.Schema;
using Bot.Runtime.State;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Localization;

/// <summary>
/// Decides a turn's locale: the user's saved choice (user state "locale"), else the activity's locale, else a
/// clientInfo entity's locale, else en-US; always one of <see cref="BotLocales.Supported"/>.
/// </summary>
public sealed class LocaleResolver(UserState userState)
{
    public async Task<string> ResolveAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return await SavedLocaleAsync(turnContext, cancellationToken)
            ?? FromActivity(turnContext.Activity)
            ?? BotLocales.Default;
    }

    /// <summary>The locale the activity itself asks for (its locale, else a clientInfo entity's); null when none.</summary>
    public static string? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return BotLocales.Normalize(activity.Locale)
            ?? BotLocales.Normalize(activity.Entities?.Select(ClientInfo.From).FirstOrDefault(c => c?.Locale is { Length: > 0 })?.Locale);
    }

    private async Task<string?> SavedLocaleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        // Checked first so that reading never writes a null "locale" into every user's document.
        if (!userState.IsLoaded(turnContext)
            || !await userState.HasAsync(turnContext, BotLocales.UserStateProperty, cancellationToken))
        {
            return null;
        }
        var saved = await userState.GetAsync<string?>(turnContext, BotLocales.UserStateProperty, () => null, cancellationToken);
        return BotLocales.Normalize(saved);
    }
}
