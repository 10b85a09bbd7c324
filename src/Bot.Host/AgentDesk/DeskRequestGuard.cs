namespace Bot.Host.AgentDesk;

/// <summary>
/// Cross-site request forgery defence of the desk's state-changing endpoints: they take JSON only, the cookie is
/// SameSite=Strict, and the request must carry <c>X-Agent-Desk: 1</c>. A page on another site can send neither that header
/// nor a JSON content type without a CORS preflight, which this host never grants; so no antiforgery token is needed.
/// </summary>
internal sealed class DeskRequestGuard : IEndpointFilter
{
    public const string HeaderName = "X-Agent-Desk";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.Headers[HeaderName] != "1")
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: $"Desk requests come from the desk page (header {HeaderName}: 1).");
        }
        return await next(context);
    }
}
