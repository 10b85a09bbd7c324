using System.Text.RegularExpressions;

namespace Bot.Host.WebChat;

internal static partial class WebChatSecurityHeaders
{
    // Web Chat renders with inline styles (emotion), so style-src needs 'unsafe-inline'; scripts stay 'self' only.
    // ws:/wss: are listed explicitly because older browsers do not match them with 'self'.
    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var host = context.Request.Host.Value;
        var socketSources = host is not null && SafeHost().IsMatch(host) ? $" ws://{host} wss://{host}" : "";
        headers.ContentSecurityPolicy =
            "default-src 'self'; " +
            "script-src 'self'; " +
            "style-src 'self' 'unsafe-inline'; " +
            $"connect-src 'self'{socketSources}; " +
            "img-src 'self' data: blob: https:; " +
            "media-src 'self' blob:; " +
            "font-src 'self' data:; " +
            "object-src 'none'; " +
            "base-uri 'self'; " +
            "form-action 'self'; " +
            "frame-ancestors 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$")]
    private static partial Regex SafeHost();
}
