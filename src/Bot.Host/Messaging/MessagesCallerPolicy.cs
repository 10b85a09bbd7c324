using System.Net;
using System.Security.Claims;
using Bot.Host.Hosting;
using Bot.Protocol.Authentication;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

/// <summary>
/// Who may post to <c>/api/messages</c> (PROTOCOL.md §3.1): with an app id, every request carries a valid Bot
/// Framework or Emulator token; without one, only callers on this machine (or anyone, with <c>Bot:AllowAnonymous</c>).
/// </summary>
internal sealed class MessagesCallerPolicy(
    IOptions<BotOptions> options,
    BotAuthenticator authenticator,
    ILogger<MessagesCallerPolicy> logger)
{
    private readonly bool authenticationEnabled = !string.IsNullOrWhiteSpace(options.Value.MicrosoftAppId);
    private readonly bool allowAnonymous = options.Value.AllowAnonymous;

    /// <summary>The checks that need no body: a missing token, or an anonymous remote caller. Null when admitted.</summary>
    public IResult? Admit(HttpContext http)
    {
        if (authenticationEnabled)
        {
            return http.Request.Headers.Authorization.Count == 0 ? MessagesProblems.Unauthorized(http) : null;
        }

        if (allowAnonymous || IsLocal(http))
        {
            return null;
        }

        MessagingLog.AnonymousRemoteCaller(logger, http.Connection.RemoteIpAddress?.ToString());
        return MessagesProblems.Forbidden();
    }

    /// <summary>Validates the token against the activity and stamps its callerId. Null when authenticated.</summary>
    public async Task<IResult?> AuthenticateAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        if (!authenticationEnabled)
        {
            return null;
        }

        try
        {
            var result = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, cancellationToken);
            activity.CallerId = result.CallerId;
            http.User = new ClaimsPrincipal(result.Identity);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            // The authenticator has logged the reason; the caller learns nothing more than 401.
            return MessagesProblems.Unauthorized(http);
        }
    }

    private static bool IsLocal(HttpContext http)
    {
        // A request relayed by a proxy on this machine is not local, whatever the socket says.
        if (http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded"))
        {
            return false;
        }

        // No remote address means an in-process transport (TestServer, named pipe), which is local by construction.
        var remote = http.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
    }
}
