using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>Name of the HttpClient the authenticator fetches OpenID metadata and keys with.</summary>
    public const string HttpClientName = "BotAuthentication";

    /// <summary>
    /// Registers <see cref="BotAuthenticator"/> as a singleton. The caller binds and validates the returned options.
    /// </summary>
    public static OptionsBuilder<BotAuthenticationOptions> AddBotAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The authenticator keeps one client for its lifetime; pooled connections still pick up DNS changes.
        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) });
        services.TryAddSingleton(provider => new BotAuthenticator(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<BotAuthenticator>>()));
        return services.AddOptions<BotAuthenticationOptions>();
    }
}
