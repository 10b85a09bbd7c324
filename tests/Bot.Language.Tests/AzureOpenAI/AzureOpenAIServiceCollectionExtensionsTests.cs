using Bot.Domain.Language;
using Bot.Language.AzureOpenAI;
using Bot.Language.Fallback;
using Bot.Language.Offline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Language.Tests.AzureOpenAI;

public sealed class AzureOpenAIServiceCollectionExtensionsTests
{
    [Fact]
    public void Configured_model_wraps_the_offline_recogniser_which_stays_available_by_key()
    {
        using var provider = Build(new()
        {
            ["Language:AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/",
            ["Language:AzureOpenAI:Deployment"] = "gpt-4o-mini",
            ["Language:AzureOpenAI:ApiKey"] = "secret",
            ["Language:AzureOpenAI:Timeout"] = "00:00:02",
            ["Language:AzureOpenAI:CircuitBreaker:FailureThreshold"] = "5",
        });

        Assert.IsType<FallbackLanguageUnderstanding>(provider.GetRequiredService<ILanguageUnderstanding>());
        Assert.IsType<FixedOfflineUnderstanding>(provider.GetRequiredKeyedService<ILanguageUnderstanding>(AzureOpenAIServiceCollectionExtensions.OfflineKey));
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AzureOpenAIOptions>>().Value;
        Assert.Equal((TimeSpan.FromSeconds(2), 5), (options.Timeout, options.CircuitBreaker.FailureThreshold));
    }

    [Fact]
    public void Configured_model_wraps_every_offline_port_of_the_offline_registration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Language:AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/",
            ["Language:AzureOpenAI:Deployment"] = "gpt-4o-mini",
            ["Language:AzureOpenAI:ApiKey"] = "secret",
        }).Build());
        services.AddLogging();
        services.AddOfflineLanguageUnderstanding();
        services.AddAzureOpenAILanguageUnderstanding();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<FallbackLanguageUnderstanding>(provider.GetRequiredService<ILanguageUnderstanding>());
        Assert.IsType<OfflineLanguageUnderstanding>(provider.GetRequiredKeyedService<ILanguageUnderstanding>(AzureOpenAIServiceCollectionExtensions.OfflineKey));
        Assert.IsType<AzureOpenAIHandoffSummarizer>(provider.GetRequiredService<IHandoffSummarizer>());
        Assert.IsType<AzureOpenAIComplaintClassifier>(provider.GetRequiredService<IComplaintClassifier>());
    }

    [Fact]
    public void Without_endpoint_deployment_and_key_the_offline_recogniser_answers_alone()
    {
        using var provider = Build(new() { ["Language:AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/" });

        Assert.IsType<FixedOfflineUnderstanding>(provider.GetRequiredService<ILanguageUnderstanding>());
    }

    [Theory]
    [InlineData("Language:AzureOpenAI:Timeout", "00:05:00")]
    [InlineData("Language:AzureOpenAI:CircuitBreaker:FailureThreshold", "0")]
    [InlineData("Language:AzureOpenAI:Endpoint", "not/absolute")]
    public void Out_of_range_settings_are_rejected(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AzureOpenAIOptions>>().Value);
    }

    [Fact]
    public void Registering_the_model_without_an_offline_fallback_is_refused()
    {
        var services = new ServiceCollection();

        Assert.Throws<InvalidOperationException>(() => services.AddAzureOpenAILanguageUnderstanding());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<ILanguageUnderstanding>(_ => new FixedOfflineUnderstanding());
        services.AddAzureOpenAILanguageUnderstanding();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
