using System.Text.Json.Serialization;
using Bot.Host.Handoff;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.AgentDesk;

internal static class AgentDeskExtensions
{
    public const string HubPath = "/agent/hub";

    /// <summary>
    /// The agent desk: cookie sign-in (scheme <c>AgentDesk</c>, roles agent / supervisor / admin), the SignalR hub, the
    /// notifier the handoff service pushes through, and the first account (section <c>AgentDesk</c>).
    /// </summary>
    public static WebApplicationBuilder AddAgentDesk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AgentDeskOptions>()
            .BindConfiguration(AgentDeskOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(DeskConsole.Standard());
        services.AddSingleton<DeskPasswords>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DeskConnections>();
        services.AddSingleton<DeskSignIn>();
        services.AddSingleton<DeskAccounts>();
        services.AddScoped<DeskCookieEvents>();
        services.AddHostedService<DeskBootstrap>();

        services.AddAuthentication()
            .AddCookie(DeskPrincipal.Scheme, cookie =>
            {
                cookie.Cookie.Name = "BotDesk";
                cookie.Cookie.Path = "/agent";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.EventsType = typeof(DeskCookieEvents);
            });
        services.AddOptions<CookieAuthenticationOptions>(DeskPrincipal.Scheme)
            .Configure<IOptions<AgentDeskOptions>>((cookie, desk) => cookie.ExpireTimeSpan = desk.Value.SessionLifetime);

        services.AddAuthorizationBuilder()
            .AddPolicy(DeskRoles.AgentPolicy, policy => policy.AddAuthenticationSchemes(DeskPrincipal.Scheme).RequireAuthenticatedUser()
                .RequireRole(DeskRoles.Agent, DeskRoles.Supervisor, DeskRoles.Admin))
            .AddPolicy(DeskRoles.SupervisorPolicy, policy => policy.AddAuthenticationSchemes(DeskPrincipal.Scheme).RequireAuthenticatedUser()
                .RequireRole(DeskRoles.Supervisor, DeskRoles.Admin))
            .AddPolicy(DeskRoles.AdminPolicy, policy => policy.AddAuthenticationSchemes(DeskPrincipal.Scheme).RequireAuthenticatedUser()
                .RequireRole(DeskRoles.Admin));

        services.AddSignalR()
            .AddHubOptions<AgentDeskHub>(hub =>
            {
                hub.AddFilter<DeskHubErrorFilter>();
                hub.MaximumReceiveMessageSize = 64 * 1024;
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<DeskHubErrorFilter>();

        // One of the handoff service's notifiers (the Teams agents' channel may be another).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentDeskNotifier, SignalRAgentDeskNotifier>());
        return builder;
    }

    public static WebApplication MapAgentDesk(this WebApplication app)
    {
        // The page's own address and its file name both get the desk's headers (a matched endpoint wins over static files).
        var page = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "agent", "index.html");
        foreach (var path in (string[])["/agent", "/agent/index.html"])
        {
            app.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            {
                DeskSecurityHeaders.Apply(context);
                return TypedResults.PhysicalFile(page, "text/html; charset=utf-8");
            }).ExcludeFromDescription();
        }

        var desk = app.MapGroup("/agent").ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                DeskSecurityHeaders.NoStore(context.HttpContext);
                return await next(context);
            });
        desk.MapDeskLogin();

        var api = desk.MapGroup("/api").RequireAuthorization(DeskRoles.AgentPolicy);
        api.MapDeskApi();
        api.MapCannedResponses();

        app.MapHub<AgentDeskHub>(HubPath);
        return app;
    }
}
