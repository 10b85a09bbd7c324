using Bot.Runtime.Channels;
using Bot.Runtime.Leases;
using Bot.Runtime.Proactive;
using Bot.Runtime.State;
using Bot.Runtime.Storage;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Runtime;

public static class RuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the turn pipeline (<see cref="TurnProcessor"/>, leases, <see cref="ConversationState"/>,
    /// <see cref="UserState"/>, the turn-error handler, <see cref="ProactiveMessenger"/>, dedupe pruning). The caller
    /// adds the store (<see cref="ITurnStore"/>, <see cref="IConversationReferenceStore"/>), the <see cref="IBot"/> and
    /// any <see cref="IMiddleware"/>; all as singletons. <see cref="IConversationMembers"/> knows nobody until a host
    /// registers its channel's members API.
    /// </summary>
    public static IServiceCollection AddTurnRuntime(this IServiceCollection services, Action<RuntimeOptions>? configure = null)
    {
        var runtimeOptions = services.AddOptions<RuntimeOptions>();
        if (configure is not null)
        {
            runtimeOptions.Configure(configure);
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationMembers, NoConversationMembers>();
        if (services.Any(d => d.ServiceType == typeof(TurnProcessor)))
        {
            return services;
        }
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<ConversationState>());
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<UserState>());
        services.AddSingleton<ConversationLeaseManager>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddHostedService<DedupePruneService>();
        return services;
    }

    /// <summary>Adds a middleware; middleware runs in the order it is added.</summary>
    public static IServiceCollection AddTurnMiddleware<TMiddleware>(this IServiceCollection services)
        where TMiddleware : class, IMiddleware =>
        services.AddSingleton<IMiddleware, TMiddleware>();
}
