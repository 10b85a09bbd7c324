using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.Operations;

/// <summary>
/// Lets through only callers presenting the operator key (<see cref="OperationsOptions.ApiKey"/>) in <c>X-Operator-Key</c>
/// or as a bearer token; without a configured key the route does not exist (404). No key: 401; a wrong key: 403.
/// </summary>
internal sealed class OperatorKeyFilter(IOptionsMonitor<OperationsOptions> options, ILogger<OperatorKeyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "X-Operator-Key";
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            return TypedResults.NotFound();
        }

        var presented = Presented(context.HttpContext.Request);
        if (string.IsNullOrEmpty(presented))
        {
            OperationsLog.OperatorRejected(logger, "no operator key");
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"Send the operator key in the {HeaderName} header.");
        }

        if (!SameKey(presented, expected))
        {
            OperationsLog.OperatorRejected(logger, "wrong operator key");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The operator key is not valid.");
        }

        return await next(context);
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers[HeaderName].ToString().Trim();
        if (header.Length > 0)
        {
            return header;
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? authorization[Scheme.Length..].Trim() : null;
    }

    // Hashing first makes the comparison constant-time regardless of the presented key's length.
    private static bool SameKey(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
