using Bot.Protocol.Schema;
using Bot.Runtime.State;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Localization;

/// <summary>
/// Decides a turn's locale: the user's saved choice (user state "locale") always wins. Without a choice the bot follows
/// the language the customer writes in: a message clearly in the other language (see <see cref="WrittenLanguage"/>)
/// switches the turn and is remembered for the conversation as "detected" (conversation state "detectedLocale") until
/// the customer writes clearly in another language, chooses one, or their client changes its own locale. Otherwise the
/// activity's locale, else a clientInfo entity's locale, else en-US; always one of <see cref="BotLocales.Supported"/>.
/// </summary>
public sealed class LocaleResolver(UserState userState, ConversationState conversationState)
{
    /// <summary>The conversation state property that remembers the language detected in the customer's messages.</summary>
    public const string DetectedStateProperty = "detectedLocale";

    public async Task<string> ResolveAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await SavedLocaleAsync(turnContext, cancellationToken) is { } chosen)
        {
            return chosen;
        }
        var activity = turnContext.Activity;
        var client = FromActivity(activity);
        var detected = await DetectedAsync(turnContext, cancellationToken);
        if (detected is not null && detected.ClientLocale != client)
        {
            // Detected while the client asked for another locale than now: the client's change wins, from now on.
            await conversationState.DeleteAsync(turnContext, DetectedStateProperty, cancellationToken);
            detected = null;
        }
        var current = detected?.Locale ?? client ?? BotLocales.Default;
        if (activity.Type == ActivityTypes.Message && WrittenLanguage.Detect(activity.Text) is { } written && written != current
            && conversationState.IsLoaded(turnContext))
        {
            await conversationState.SetAsync(turnContext, DetectedStateProperty, new DetectedLocale(written, client), cancellationToken);
            return written;
        }
        return current;
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

    private async Task<DetectedLocale?> DetectedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!conversationState.IsLoaded(turnContext)
            || !await conversationState.HasAsync(turnContext, DetectedStateProperty, cancellationToken))
        {
            return null;
        }
        var detected = await conversationState.GetAsync<DetectedLocale?>(turnContext, DetectedStateProperty, () => null, cancellationToken);
        return detected is { Locale: { } locale } ? detected with { Locale = BotLocales.Normalize(locale) ?? BotLocales.Default } : null;
    }

    // The language detected, and the locale the client asked for when it was detected.
    private sealed record DetectedLocale(string Locale, string? ClientLocale);
}
