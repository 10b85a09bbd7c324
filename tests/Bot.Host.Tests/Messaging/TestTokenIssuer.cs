using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Host.Tests.Messaging;

/// <summary>
/// A loopback stand-in for login.botframework.com: OpenID metadata and a JWKS with one RSA key generated here,
/// endorsed for the usual channels, and the channel tokens that key signs.
/// </summary>
internal sealed class TestTokenIssuer : IAsyncDisposable
{
    private const string Kid = "test-channel-key";
    private readonly RSA rsa = RSA.Create(2048);
    private readonly WebApplication app;

    private TestTokenIssuer(WebApplication app) => this.app = app;

    public string MetadataUrl => $"{app.Urls.Single()}/v1/.well-known/openidconfiguration";

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var issuer = new TestTokenIssuer(builder.Build());
        issuer.app.MapGet("/v1/.well-known/openidconfiguration", issuer.Metadata);
        issuer.app.MapGet("/v1/.well-known/keys", issuer.Keys);
        await issuer.app.StartAsync();
        return issuer;
    }

    public string MintChannelToken(string audience, string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com",
        Audience = audience,
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = Kid }, SecurityAlgorithms.RsaSha256),
    });

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        rsa.Dispose();
    }

    private IResult Metadata() => Json(new JsonObject
    {
        ["issuer"] = "https://api.botframework.com",
        ["jwks_uri"] = $"{app.Urls.Single()}/v1/.well-known/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    });

    private IResult Keys()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray("msteams", "webchat", "directline", "emulator"),
        };
        return Json(new JsonObject { ["keys"] = new JsonArray(key) });
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");
}
