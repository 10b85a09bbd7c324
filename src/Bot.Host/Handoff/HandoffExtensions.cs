using Bot.Domain.Handoff;
using Bot.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

internal static class HandoffExtensions
{
    /// <summary>
    /// Escalation to people (section <c>Handoff</c>): the handoff service behind <see cref="IHandoffRequests"/> and
    /// <see cref="IAgentDeskService"/>, the turn gate middleware and the queue monitor. The desks are told through every
    /// registered <see cref="IAgentDeskNotifier"/> (web desk, Teams agents' channel); with none, nobody is told.
    /// </summary>
    public static WebApplicationBuilder AddHandoff(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HandoffOptions>()
            .BindConfiguration(HandoffOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HandoffOptions>, HandoffOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<HandoffTurns>();
        services.AddSingleton<CustomerChannel>();
        services.AddSingleton<HandoffQueue>();
        services.AddSingleton<EscalationWriter>();
        services.AddSingleton<CaseSummaries>();
        services.AddSingleton<HandoffInitiation>();
        services.AddSingleton<DeskNotices>();
        services.AddSingleton<DeskViews>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<IHandoffRequests>(sp => sp.GetRequiredService<HandoffService>());
        services.AddSingleton<IAgentDeskService>(sp => sp.GetRequiredService<HandoffService>());
        services.AddTurnMiddleware<HandoffMiddleware>();
        services.AddSingleton<OverdueComplaints>();
        services.AddSingleton<HandoffMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<HandoffMonitor>());
        return builder;
    }
}
