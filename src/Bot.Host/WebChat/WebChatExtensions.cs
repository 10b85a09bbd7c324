using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Bot.Host.WebChat;

internal static class WebChatExtensions
{
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }

    public static WebApplication MapWebChat(this WebApplication app)
    {
        // The page and the build-copied Web Chat bundle are served straight from wwwroot on disk, so the same
        // files are found under `dotnet run`, test hosts (content root = project folder) and a published app.
        var webRoot = Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        var files = new PhysicalFileProvider(webRoot);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => WebChatSecurityHeaders.Apply(context.Context),
        });

        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
        {
            WebChatSecurityHeaders.Apply(context);
            context.Response.Headers.CacheControl = "no-cache";
            return TypedResults.PhysicalFile(Path.Combine(webRoot, "index.html"), "text/html; charset=utf-8");
        }).ExcludeFromDescription();

        app.MapGet("/webchat/config.json", (IOptions<WebChatOptions> options) =>
            TypedResults.Json(WebChatClientConfig.From(options.Value), WebChatJsonContext.Default.WebChatClientConfig))
            .ExcludeFromDescription();

        return app;
    }
}
