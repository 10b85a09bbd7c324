using Bot.Domain.Handoff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Bot.Host.AgentDesk;

// An API answers 401/403 instead of redirecting; a disabled or deleted account loses its cookie at the next request,
// and changed roles or name are written into a fresh cookie.
internal sealed class DeskCookieEvents(IAgentAccountStore accounts) : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal is { } principal ? DeskPrincipal.AgentId(principal) : null;
        var account = id is null ? null : await accounts.FindAsync(id, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(DeskPrincipal.Scheme);
            return;
        }

        if (!DeskPrincipal.Matches(context.Principal!, account))
        {
            context.ReplacePrincipal(DeskPrincipal.From(account));
            context.ShouldRenew = true;
        }
    }
}
