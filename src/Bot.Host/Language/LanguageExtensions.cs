using Bot.Host.Operations;
using Bot.Language;
using Bot.Language.AzureOpenAI;
using Microsoft.Extensions.Options;

namespace Bot.Host.Language;

internal static class LanguageExtensions
{
    public static WebApplicationBuilder AddLanguage(this WebApplicationBuilder builder)
    {
        builder.Services.AddLanguageUnderstanding();
        builder.Services.AddOptions<LanguageApiOptions>()
            .BindConfiguration(LanguageApiOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // One operator key for every operator route: Language:OperatorApiKey is the older name of Operations:ApiKey.
        builder.Services.AddOptions<OperationsOptions>().PostConfigure<IOptions<LanguageApiOptions>>((operations, language) =>
            operations.ApiKey = string.IsNullOrEmpty(operations.ApiKey) ? language.Value.OperatorApiKey : operations.ApiKey);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, LanguageJsonContext.Default));
        return builder;
    }

    /// <summary>The configured recogniser: offline, wrapped by Azure OpenAI (offline fallback) when the model is configured.</summary>
    public static IServiceCollection AddLanguageUnderstanding(this IServiceCollection services)
    {
        services.AddOfflineLanguageUnderstanding();
        services.AddAzureOpenAILanguageUnderstanding();
        return services;
    }
}
