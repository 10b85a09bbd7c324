using System.Globalization;
using Bot.Domain.Handoff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.Host.AgentDesk;

/// <summary><c>POST /agent/login</c>, <c>POST /agent/logout</c>, <c>GET /agent/me</c>, <c>GET /agent/session</c>.</summary>
internal static class DeskLoginApi
{
    public static void MapDeskLogin(this RouteGroupBuilder desk)
    {
        desk.MapPost("/login", LoginAsync).AddEndpointFilter<DeskRequestGuard>();
        desk.MapPost("/logout", (Delegate)LogoutAsync).AddEndpointFilter<DeskRequestGuard>();
        desk.MapGet("/me", MeAsync).RequireAuthorization(DeskRoles.AgentPolicy);

        // Lets the page decide between the sign-in form and the desk without a 401 in the browser console.
        desk.MapGet("/session", async (HttpContext context) =>
        {
            var result = await context.AuthenticateAsync(DeskPrincipal.Scheme);
            return TypedResults.Json(new DeskSessionView(result.Succeeded), DeskJsonContext.Default.DeskSessionView);
        });
    }

    private static async Task<Results<JsonHttpResult<DeskMeView>, ProblemHttpResult>> LoginAsync(
        DeskLoginRequest request,
        DeskSignIn signIn,
        TimeProvider time,
        HttpContext context,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password)
            || request.UserName.Length > 64 || request.Password.Length > 128)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Give a user name and a password.");
        }

        var result = await signIn.VerifyAsync(request.UserName, request.Password, ct);
        if (result.IsLockedOut)
        {
            var wait = result.LockedUntil!.Value - time.GetUtcNow();
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many failed sign-ins: this user name is locked for a few minutes.",
                type: "locked-out");
        }
        if (result.Account is not { } account)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Wrong user name or password.",
                detail: result.LockedUntil is null ? null : "Too many failed sign-ins: this user name is now locked for a few minutes.",
                type: result.LockedUntil is null ? "wrong-credentials" : "locked-out");
        }

        await context.SignInAsync(DeskPrincipal.Scheme, DeskPrincipal.From(account), new AuthenticationProperties { IsPersistent = false });
        return TypedResults.Json(DeskMeView.From(account), DeskJsonContext.Default.DeskMeView);
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(DeskPrincipal.Scheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<JsonHttpResult<DeskMeView>, UnauthorizedHttpResult>> MeAsync(
        HttpContext context,
        IAgentAccountStore accounts,
        CancellationToken ct)
    {
        var account = await accounts.FindAsync(DeskPrincipal.AgentId(context.User)!, ct);
        return account is null
            ? TypedResults.Unauthorized()
            : TypedResults.Json(DeskMeView.From(account), DeskJsonContext.Default.DeskMeView);
    }
}
