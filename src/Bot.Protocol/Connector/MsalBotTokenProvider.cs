using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Bot.Protocol.Connector;

/// <summary>
/// Client-credentials tokens for the Connector service from Entra via MSAL. The confidential client is built once so
/// MSAL's in-memory cache serves repeated calls and refreshes the token before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly BotCredentialsOptions _options;
    private readonly IConfidentialClientApplication? _app;
    private readonly ILogger<MsalBotTokenProvider> _log;

    public MsalBotTokenProvider(IOptions<BotCredentialsOptions> options, IMsalHttpClientFactory httpClientFactory, ILogger<MsalBotTokenProvider> log)
    {
        _options = options.Value;
        _log = log;
        _app = _options.IsAnonymous
            ? null
            : ConfidentialClientApplicationBuilder.Create(_options.AppId)
                .WithClientSecret(_options.AppPassword)
                .WithAuthority(_options.Authority, validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(httpClientFactory)
                .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_app is null)
        {
            return null;
        }
        try
        {
            var result = await _app.AcquireTokenForClient([_options.OAuthScope]).ExecuteAsync(cancellationToken);
            ConnectorLog.TokenAcquired(_log, result.AuthenticationResultMetadata.TokenSource, result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            // Callers handle one failure type for "the channel could not be reached on our behalf".
            ConnectorLog.TokenFailed(_log, ex, _options.Authority, ex.ErrorCode);
            throw new ConnectorException($"Could not obtain a bot token from {_options.Authority}: {ex.ErrorCode}.", ex);
        }
    }
}
