namespace Bot.Host.Messaging;

internal static class MessagingExtensions
{
    // Owner: Bot Connector endpoint work.
    public static WebApplicationBuilder AddMessaging(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app) => app;
}
