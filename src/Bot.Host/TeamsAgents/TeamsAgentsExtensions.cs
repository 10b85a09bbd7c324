using Bot.Host.Handoff;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.TeamsAgents;

internal static class TeamsAgentsExtensions
{
    /// <summary>
    /// Agents in Teams (section <c>TeamsAgents</c>): new escalations posted as cards to the agents' channel, with the
    /// customer's lines in each card's thread, and the channel's card actions and thread replies acted on through the
    /// agent desk service. Its turn middleware is placed by <c>AddBotRuntime</c> (before the Teams @mention gate).
    /// </summary>
    public static WebApplicationBuilder AddTeamsAgents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TeamsAgentsOptions>()
            .BindConfiguration(TeamsAgentsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TeamsAgentsText>();
        services.AddSingleton<TeamsAgentsQueue>();
        services.AddSingleton<TeamsCardData>();
        services.AddSingleton<TeamsAgentsPoster>();
        services.AddSingleton<TeamsAgentIdentity>();
        services.AddSingleton<TeamsAgentActions>();
        services.AddSingleton<TeamsAgentsNotifier>();
        services.AddSingleton<IAgentDeskNotifier>(sp => sp.GetRequiredService<TeamsAgentsNotifier>());
        services.AddHostedService<TeamsAgentsWorker>();
        services.AddHostedService<TeamsCardRefresher>();
        return builder;
    }
}
