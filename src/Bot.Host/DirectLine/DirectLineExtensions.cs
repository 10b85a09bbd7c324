using System.Globalization;
using System.Threading.RateLimiting;
using Bot.Host.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.DirectLine;

internal static class DirectLineExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineStore>();
        services.TryAddSingleton<IDirectLineBroadcaster, InProcessDirectLineBroadcaster>();
        services.AddSingleton(sp => new DirectLineChannel(
            sp.GetRequiredService<DirectLineStore>(),
            sp.GetRequiredService<IDirectLineBroadcaster>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DirectLineConversationService>();
        services.AddSingleton<DirectLineStreamRegistry>();
        services.AddSingleton<DirectLineStreamSession>();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(DirectLineTokensApi.WebChatTokenRateLimit, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokenRateLimitPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline");
        group.MapDirectLineTokens();
        group.MapDirectLineConversations();
        group.MapDirectLineActivities();
        group.MapDirectLineStream();
        group.MapDirectLineUpload();
        app.MapWebChatToken();
        return app;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        await DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "Throttled", "Too many token requests; try again later.")
            .ExecuteAsync(context.HttpContext);
    }
}
