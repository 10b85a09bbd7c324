using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bot.Protocol.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata URL. <see cref="ConfigurationManager{T}"/> caches them and refreshes
/// every 12 hours. When a token names a key id the cache does not know (key rotation), the manager is asked to
/// refresh, but since IdentityModel 8 does that in the background, this request fetches the keys itself (at most once
/// per <see cref="UnknownKeyRefreshInterval"/>, so tokens with made-up key ids cannot flood the metadata endpoint).
/// </summary>
internal sealed class OpenIdKeySource : IDisposable
{
    private static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;
    private readonly HttpDocumentRetriever documents;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SemaphoreSlim fetchLock = new(1, 1);
    private readonly ConditionalWeakTable<OpenIdConnectConfiguration, Dictionary<string, HashSet<string>>> endorsements = [];
    private Snapshot? fetched;

    public OpenIdKeySource(string metadataUrl, HttpClient http, bool requireHttps, TimeProvider time, ILogger logger)
    {
        MetadataUrl = metadataUrl;
        this.time = time;
        this.logger = logger;
        documents = new HttpDocumentRetriever(http) { RequireHttps = requireHttps };
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = UnknownKeyRefreshInterval,
        };
    }

    public string MetadataUrl { get; }

    /// <summary>A configuration that holds <paramref name="keyId"/> if the identity provider publishes it.</summary>
    public async Task<OpenIdConnectConfiguration> GetForKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken);
        if (HasKey(configuration, keyId))
        {
            return configuration;
        }

        manager.RequestRefresh();
        await fetchLock.WaitAsync(cancellationToken);
        try
        {
            if (fetched is { } recent && time.GetUtcNow() - recent.FetchedAt < UnknownKeyRefreshInterval)
            {
                return recent.Configuration;
            }

            BotAuthenticationLog.RefreshingKeys(logger, keyId, MetadataUrl);
            var latest = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataUrl, documents, cancellationToken);
            fetched = new Snapshot(latest, time.GetUtcNow());
            return latest;
        }
        finally
        {
            fetchLock.Release();
        }
    }

    public void Dispose() => fetchLock.Dispose();

    /// <summary>The key's <c>endorsements</c> (channel ids it may sign for), or null when the key has none.</summary>
    public IReadOnlySet<string>? EndorsementsOf(OpenIdConnectConfiguration configuration, string keyId) =>
        endorsements.GetValue(configuration, ReadEndorsements).GetValueOrDefault(keyId);

    private static bool HasKey(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    private static Dictionary<string, HashSet<string>> ReadEndorsements(OpenIdConnectConfiguration configuration)
    {
        var byKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            // The JWKS parser keeps unknown members such as "endorsements" as JsonElement.
            if (key.Kid is not null
                && key.AdditionalData.TryGetValue("endorsements", out var value)
                && value is JsonElement { ValueKind: JsonValueKind.Array } array)
            {
                byKey[key.Kid] = array.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return byKey;
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);
}
