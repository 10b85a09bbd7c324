using System.ComponentModel.DataAnnotations;
using Bot.Domain.Language;
using Bot.Language.Fallback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Language.AzureOpenAI;

public static class AzureOpenAIServiceCollectionExtensions
{
    /// <summary>Key under which the offline implementations stay registered once the model wraps them.</summary>
    public const string OfflineKey = "offline";

    /// <summary>
    /// Binds <see cref="AzureOpenAIOptions"/> (section <c>Language:AzureOpenAI</c>) and, when Endpoint, Deployment and
    /// ApiKey are set, resolves <see cref="ILanguageUnderstanding"/> as <see cref="FallbackLanguageUnderstanding"/> (model
    /// first, offline on failure) and wraps <see cref="IHandoffSummarizer"/> / <see cref="IComplaintClassifier"/> the same
    /// way when they are registered. Call it after the offline recogniser is registered; the offline implementations stay
    /// available as keyed services (<see cref="OfflineKey"/>). Without the settings the offline ones answer unchanged.
    /// </summary>
    public static IServiceCollection AddAzureOpenAILanguageUnderstanding(
        this IServiceCollection services, Action<AzureOpenAIOptions>? configure = null)
    {
        if (services.Any(d => d.ServiceType == typeof(AzureOpenAIChat)))
        {
            return services;
        }
        var options = services.AddOptions<AzureOpenAIOptions>().BindConfiguration(AzureOpenAIOptions.Section);
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options.Validate(o => o.Endpoint is null || o.Endpoint.IsAbsoluteUri, "Language:AzureOpenAI:Endpoint must be an absolute URI.")
            .Validate(
                o => Validator.TryValidateObject(o.CircuitBreaker, new ValidationContext(o.CircuitBreaker), null, validateAllProperties: true),
                "Language:AzureOpenAI:CircuitBreaker is out of range.")
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new AzureOpenAIChat(
            sp.GetRequiredService<IOptions<AzureOpenAIOptions>>(), sp.GetRequiredService<TimeProvider>(), Logger<AzureOpenAIChat>(sp)));
        services.AddSingleton(sp => new AzureOpenAILanguageUnderstanding(
            sp.GetRequiredService<AzureOpenAIChat>(), Logger<AzureOpenAILanguageUnderstanding>(sp)));

        if (!Wrap<ILanguageUnderstanding>(services, (sp, offline) => new FallbackLanguageUnderstanding(
                sp.GetRequiredService<AzureOpenAILanguageUnderstanding>(), offline, Logger<FallbackLanguageUnderstanding>(sp))))
        {
            throw new InvalidOperationException(
                "Register the offline ILanguageUnderstanding before AddAzureOpenAILanguageUnderstanding: it is the fallback.");
        }
        Wrap<IHandoffSummarizer>(services, (sp, offline) => new AzureOpenAIHandoffSummarizer(
            sp.GetRequiredService<AzureOpenAIChat>(), offline, Logger<AzureOpenAIHandoffSummarizer>(sp)));
        Wrap<IComplaintClassifier>(services, (sp, offline) => new AzureOpenAIComplaintClassifier(
            sp.GetRequiredService<AzureOpenAIChat>(), offline, Logger<AzureOpenAIComplaintClassifier>(sp)));
        return services;
    }

    // Moves the existing registration under OfflineKey and resolves the service as the model-backed wrapper when configured.
    private static bool Wrap<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> wrap)
        where TService : class
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService);
        if (existing is null)
        {
            return false;
        }
        services.Remove(existing);
        services.Add(existing switch
        {
            { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(TService), OfflineKey, instance),
            { ImplementationFactory: { } factory } =>
                new ServiceDescriptor(typeof(TService), OfflineKey, (sp, _) => factory(sp), existing.Lifetime),
            _ => new ServiceDescriptor(typeof(TService), OfflineKey, existing.ImplementationType!, existing.Lifetime),
        });
        services.AddSingleton(sp =>
        {
            var offline = sp.GetRequiredKeyedService<TService>(OfflineKey);
            return sp.GetRequiredService<AzureOpenAIChat>().IsConfigured ? wrap(sp, offline) : offline;
        });
        return true;
    }

    private static ILogger<T> Logger<T>(IServiceProvider services) => services.GetRequiredService<ILogger<T>>();
}
