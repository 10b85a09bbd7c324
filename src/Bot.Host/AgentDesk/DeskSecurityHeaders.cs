using System.Text.RegularExpressions;

namespace Bot.Host.AgentDesk;

// The desk page runs only its own script and stylesheet (no inline code or style at all), talks only to this host
// (the hub's WebSocket included), and may not be framed. Its answers are never cached: they carry customer data.
internal static partial class DeskSecurityHeaders
{
    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var host = context.Request.Host.Value;
        var socketSources = host is not null && SafeHost().IsMatch(host) ? $" ws://{host} wss://{host}" : "";
        headers.ContentSecurityPolicy =
            "default-src 'none'; " +
            "script-src 'self'; " +
            "style-src 'self'; " +
            $"connect-src 'self'{socketSources}; " +
            "img-src 'self' data:; " +
            "font-src 'self'; " +
            "object-src 'none'; " +
            "base-uri 'none'; " +
            "form-action 'self'; " +
            "frame-ancestors 'none'";
        NoStore(context);
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }

    public static void NoStore(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$")]
    private static partial Regex SafeHost();
}
