using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Client;

namespace Bot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConnectorClient"/> (typed HttpClient), <see cref="IBotTokenProvider"/> (MSAL client
    /// credentials; anonymous when no app id) and the options they use.
    /// </summary>
    public static IServiceCollection AddBotConnector(
        this IServiceCollection services,
        Action<BotCredentialsOptions> configureCredentials,
        Action<ConnectorRetryOptions>? configureRetry = null)
    {
        services.AddOptions<BotCredentialsOptions>()
            .Configure(configureCredentials)
            .Validate(o => !o.Validate().Any(), "Invalid bot credentials: set AppType to MultiTenant or SingleTenant, "
                + "AppPassword with AppId, TenantId for SingleTenant and an https AuthorityHost.")
            .ValidateOnStart();
        var retry = services.AddOptions<ConnectorRetryOptions>()
            .Validate(o => o.MaxAttempts >= 1 && o.BaseDelay >= TimeSpan.Zero && o.MaxDelay >= o.BaseDelay,
                "Connector retry options need MaxAttempts >= 1 and 0 <= BaseDelay <= MaxDelay.")
            .ValidateOnStart();
        if (configureRetry is not null)
        {
            retry.Configure(configureRetry);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddHttpClient<ConnectorClient>();
        return services;
    }
}
