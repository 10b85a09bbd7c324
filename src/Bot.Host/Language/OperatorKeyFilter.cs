using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.Language;

/// <summary>Lets through only callers presenting the configured operator key; without a key the route does not exist.</summary>
internal sealed class OperatorKeyFilter(IOptions<LanguageApiOptions> options, ILogger<OperatorKeyFilter> logger) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.OperatorApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            return TypedResults.NotFound();
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            LanguageLog.Rejected(logger, "no bearer key");
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Unauthorized();
        }

        if (!SameKey(header[Scheme.Length..].Trim(), expected))
        {
            LanguageLog.Rejected(logger, "wrong operator key");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The operator key is not valid.");
        }

        return await next(context);
    }

    // Hashing first makes the comparison constant-time regardless of the presented key's length.
    private static bool SameKey(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
