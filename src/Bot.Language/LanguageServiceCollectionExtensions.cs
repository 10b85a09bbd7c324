using Bot.Domain.Language;
using Bot.Language.Offline;
using Bot.Language.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Language;

public static class LanguageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the offline recogniser as <see cref="ILanguageUnderstanding"/>, the keyword complaint classifier and the
    /// extractive handoff summarizer (each only if nothing else is registered for that port), plus the concrete
    /// <see cref="OfflineLanguageUnderstanding"/> for fallback use, and binds <see cref="LanguageOptions"/> to "Language".
    /// </summary>
    public static IServiceCollection AddOfflineLanguageUnderstanding(this IServiceCollection services, Action<LanguageOptions>? configure = null)
    {
        var options = services.AddOptions<LanguageOptions>()
            .BindConfiguration(LanguageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(TrackingFormatsCompile, "Language:TrackingNumberFormats contains an invalid regular expression.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TrackingNumberFinder>();
        services.TryAddSingleton<OfflineLanguageUnderstanding>();
        services.TryAddSingleton<OfflineComplaintClassifier>();
        services.TryAddSingleton<OfflineHandoffSummarizer>();
        services.TryAddSingleton<ILanguageUnderstanding>(sp => sp.GetRequiredService<OfflineLanguageUnderstanding>());
        services.TryAddSingleton<IComplaintClassifier>(sp => sp.GetRequiredService<OfflineComplaintClassifier>());
        services.TryAddSingleton<IHandoffSummarizer>(sp => sp.GetRequiredService<OfflineHandoffSummarizer>());
        return services;
    }

    private static bool TrackingFormatsCompile(LanguageOptions options)
    {
        foreach (var pattern in options.TrackingNumberFormats.Values.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern);
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        return true;
    }
}
