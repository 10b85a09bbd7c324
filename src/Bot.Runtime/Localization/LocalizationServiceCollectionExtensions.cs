using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Runtime.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LocaleResolver"/> and <see cref="LocaleMiddleware"/>. Middleware runs in registration
    /// order: call this before adding middleware that sends text, so it sees the turn's locale.
    /// </summary>
    public static IServiceCollection AddBotLocalization(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<LocaleResolver>();
        if (!services.Any(d => d.ServiceType == typeof(IMiddleware) && d.ImplementationType == typeof(LocaleMiddleware)))
        {
            services.AddTurnMiddleware<LocaleMiddleware>();
        }
        return services;
    }
}
