namespace Bot.Host.DirectLine;

internal static class DirectLineExtensions
{
    // Owner: Direct Line work.
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app) => app;
}
