using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>An RSA key generated in the test, published in the JWKS under <see cref="Kid"/>.</summary>
internal sealed class TestSigningKey(string kid, string[]? endorsements)
{
    private readonly RSA rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(rsa) { KeyId = Kid }, algorithm);

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        return jwk;
    }
}
