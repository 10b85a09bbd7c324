using Bot.Domain.Language;
using Bot.Language.Offline;
using Bot.Language.Tracking;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Language.Tests.Offline;

internal static class Recogniser
{
    // 2026-03-15 12:00 UTC; the fake clock's local zone is UTC.
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    public static OfflineLanguageUnderstanding Create(Action<LanguageOptions>? configure = null)
    {
        var options = new LanguageOptions();
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        return new OfflineLanguageUnderstanding(new TrackingNumberFinder(wrapped), wrapped, new FakeTimeProvider(Now));
    }

    public static Understanding Understand(string text, string? locale = null) =>
        Shared.Understand(new UnderstandingRequest(text, locale));

    private static readonly OfflineLanguageUnderstanding Shared = Create();
}
