using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>
/// A loopback stand-in for login.botframework.com and login.microsoftonline.com: OpenID metadata plus a JWKS built
/// from RSA keys generated in the test. Keys can be added while it runs (key rotation).
/// </summary>
internal sealed class OpenIdTestServer : IAsyncDisposable
{
    public static readonly string[] AllChannels = ["msteams", "webchat", "directline", "emulator"];

    private readonly WebApplication app;
    private readonly List<TestSigningKey> channelKeys = [];
    private readonly List<TestSigningKey> emulatorKeys = [];
    private readonly Lock gate = new();

    private OpenIdTestServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public string ChannelMetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => $"{BaseUrl}/common/v2.0/.well-known/openid-configuration";

    private int channelKeyRequests;

    public int ChannelKeyRequests => Volatile.Read(ref channelKeyRequests);

    public static async Task<OpenIdTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new OpenIdTestServer(builder.Build());
        server.MapEndpoints();
        await server.app.StartAsync();
        server.BaseUrl = server.app.Urls.Single();
        return server;
    }

    public TestSigningKey AddChannelKey(string kid, params string[]? endorsements)
    {
        var key = new TestSigningKey(kid, endorsements);
        lock (gate)
        {
            channelKeys.Add(key);
        }

        return key;
    }

    public TestSigningKey AddEmulatorKey(string kid)
    {
        var key = new TestSigningKey(kid, endorsements: null);
        lock (gate)
        {
            emulatorKeys.Add(key);
        }

        return key;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private void MapEndpoints()
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () => Metadata("https://api.botframework.com", "/v1/.well-known/keys"));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref channelKeyRequests);
            return Jwks(channelKeys);
        });
        app.MapGet("/common/v2.0/.well-known/openid-configuration",
            () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "/common/discovery/v2.0/keys"));
        app.MapGet("/common/discovery/v2.0/keys", () => Jwks(emulatorKeys));
    }

    private IResult Metadata(string issuer, string keysPath) => Results.Text(
        new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = BaseUrl + keysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(),
        "application/json");

    private IResult Jwks(List<TestSigningKey> keys)
    {
        lock (gate)
        {
            var array = new JsonArray([.. keys.Select(key => (JsonNode)key.ToJwk())]);
            return Results.Text(new JsonObject { ["keys"] = array }.ToJsonString(), "application/json");
        }
    }
}
