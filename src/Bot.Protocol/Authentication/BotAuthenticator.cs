using Bot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Authentication;

/// <summary>
/// Validates the <c>Authorization</c> header of an inbound Bot Connector request (PROTOCOL.md §3.1): channel tokens
/// issued by the Bot Framework (audience, key endorsements, <c>serviceurl</c> claim) and Emulator tokens issued by
/// Entra ID (<c>appid</c>/<c>azp</c>). Register as a singleton: it owns the signing-key caches.
/// </summary>
public sealed class BotAuthenticator(
    HttpClient http,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider time,
    ILogger<BotAuthenticator> logger) : IDisposable
{
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions settings = options.Value;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly OpenIdKeySource channelKeys =
        new(options.Value.OpenIdMetadataUrl, http, options.Value.RequireHttpsMetadata, time, logger);
    private readonly OpenIdKeySource emulatorKeys =
        new(options.Value.EmulatorOpenIdMetadataUrl, http, options.Value.RequireHttpsMetadata, time, logger);
    private readonly HashSet<string> emulatorIssuers = TokenIssuers.EmulatorIssuers(options.Value.TenantId);

    /// <summary>
    /// Authenticates <paramref name="authorizationHeader"/> for <paramref name="activity"/>.
    /// Throws <see cref="UnauthorizedAccessException"/> with the reason when the request must be rejected.
    /// </summary>
    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            var token = ReadBearerToken(authorizationHeader);
            var jwt = ReadUnverified(token);
            if (string.Equals(jwt.Issuer, TokenIssuers.BotFramework, StringComparison.Ordinal))
            {
                return await AuthenticateChannelTokenAsync(token, jwt, activity, cancellationToken);
            }

            if (emulatorIssuers.Contains(jwt.Issuer))
            {
                return await AuthenticateEmulatorTokenAsync(token, jwt, activity, cancellationToken);
            }

            throw Reject("token issuer is not allowed");
        }
        catch (UnauthorizedAccessException exception)
        {
            BotAuthenticationLog.Rejected(logger, activity.ChannelId, exception.Message);
            throw;
        }
    }

    public void Dispose()
    {
        channelKeys.Dispose();
        emulatorKeys.Dispose();
    }

    private async Task<BotAuthenticationResult> AuthenticateChannelTokenAsync(
        string token, JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        var (identity, configuration) = await ValidateAsync(token, jwt, channelKeys, validateAudience: true, cancellationToken);

        var endorsements = channelKeys.EndorsementsOf(configuration, jwt.Kid);
        if (endorsements is null || activity.ChannelId is null || !endorsements.Contains(activity.ChannelId))
        {
            throw Reject("signing key is not endorsed for the activity's channel");
        }

        var serviceUrl = identity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw Reject("serviceurl claim does not match the activity's serviceUrl");
        }

        BotAuthenticationLog.Authenticated(logger, "channel", activity.ChannelId);
        return new BotAuthenticationResult(identity, CallerIds.PublicAzureChannel);
    }

    private async Task<BotAuthenticationResult> AuthenticateEmulatorTokenAsync(
        string token, JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        var (identity, _) = await ValidateAsync(token, jwt, emulatorKeys, validateAudience: false, cancellationToken);

        var version = identity.FindFirst("ver")?.Value;
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => throw Reject("unknown token version"),
        };
        if (!string.Equals(identity.FindFirst(appIdClaim)?.Value, settings.AppId, StringComparison.Ordinal))
        {
            throw Reject($"{appIdClaim} claim is not this bot's app id");
        }

        BotAuthenticationLog.Authenticated(logger, "emulator", activity.ChannelId);
        return new BotAuthenticationResult(identity, CallerId: null);
    }

    private async Task<(System.Security.Claims.ClaimsIdentity, OpenIdConnectConfiguration)> ValidateAsync(
        string token, JsonWebToken jwt, OpenIdKeySource keys, bool validateAudience, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(jwt.Kid))
        {
            throw Reject("token has no key id");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.GetForKeyAsync(jwt.Kid, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException)
        {
            // The metadata endpoint is unreachable or invalid: we cannot vouch for any token.
            throw new UnauthorizedAccessException("signing keys are unavailable", exception);
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(jwt, configuration, validateAudience));
        if (!result.IsValid)
        {
            throw Reject($"token validation failed ({result.Exception?.GetType().Name ?? "unknown"})");
        }

        return (result.ClaimsIdentity, configuration);
    }

    private TokenValidationParameters Parameters(JsonWebToken jwt, OpenIdConnectConfiguration configuration, bool validateAudience) => new()
    {
        ValidIssuer = jwt.Issuer,
        ValidateIssuer = true,
        ValidAudience = settings.AppId,
        ValidateAudience = validateAudience,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = settings.ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    // Checked against the injected clock so lifetime rules are testable; the skew is applied on both ends.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp
            && exp.ToUniversalTime() >= now - settings.ClockSkew
            && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + settings.ClockSkew);
    }

    private static string ReadBearerToken(string? header)
    {
        var parts = header?.Split(' ');
        if (parts is not [var scheme, var token]
            || !string.Equals(scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || token.Length == 0)
        {
            throw Reject(header is null ? "missing Authorization header" : "malformed Authorization header");
        }

        return token;
    }

    private JsonWebToken ReadUnverified(string token)
    {
        if (!handler.CanReadToken(token))
        {
            throw Reject("token is not a well-formed JWT");
        }

        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            throw Reject("token is not a well-formed JWT");
        }
    }

    private static UnauthorizedAccessException Reject(string reason) => new(reason);
}
