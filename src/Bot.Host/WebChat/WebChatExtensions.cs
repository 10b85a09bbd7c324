namespace Bot.Host.WebChat;

internal static class WebChatExtensions
{
    // Owner: web chat page work.
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app) => app;
}
