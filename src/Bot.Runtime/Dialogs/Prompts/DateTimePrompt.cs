using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>
/// Asks for a date or time ("tomorrow", "next Monday", "明天下午3点", "1 Dec 2026"), read relative to the clock in the
/// user's time zone: the activity's localTimezone, a clientInfo timezone, the localTimestamp offset, else
/// <paramref name="defaultTimeZone"/> (UTC when not given).
/// </summary>
public sealed class DateTimePrompt(
    string id,
    TimeProvider timeProvider,
    PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null,
    TimeZoneInfo? defaultTimeZone = null)
    : Prompt<IReadOnlyList<DateTimeResolution>>(id, validator)
{
    protected override string DefaultRetryText => "DateTimeRetry";

    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var found = DateTimeRecognizer.Recognize(activity.Text, timeProvider.GetUtcNow(), TimeZoneOf(activity), BotLocales.Culture(turnContext.GetLocale()));
        return Task.FromResult(new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>(found.Count > 0, found.Count > 0 ? found : null));
    }

    private TimeZoneInfo TimeZoneOf(Activity activity)
    {
        var named = activity.LocalTimezone
            ?? activity.Entities?.Select(ClientInfo.From).FirstOrDefault(c => c?.Timezone is { Length: > 0 })?.Timezone;
        if (named is not null && TimeZoneInfo.TryFindSystemTimeZoneById(named, out var zone))
        {
            return zone;
        }
        if (activity.LocalTimestamp is { } local)
        {
            return TimeZoneInfo.CreateCustomTimeZone("user", local.Offset, "user", "user");
        }
        return defaultTimeZone ?? TimeZoneInfo.Utc;
    }
}
