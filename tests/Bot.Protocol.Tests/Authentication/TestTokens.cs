using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>Mints the tokens the Bot Framework and the Emulator would send, signed with test keys.</summary>
internal static class TestTokens
{
    public const string AppId = "7f1c2d3e-0000-4000-8000-00000000b07a";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    private static readonly JsonWebTokenHandler Handler = new();

    public static string Channel(
        TestSigningKey key,
        string audience = AppId,
        string issuer = BotFrameworkIssuer,
        string? serviceUrl = ServiceUrl,
        DateTime? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Mint(key, issuer, audience, claims, expires);
    }

    public static string EmulatorV1(TestSigningKey key, string appId = AppId) =>
        Mint(key, EmulatorV1Issuer, AppId, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = appId });

    public static string EmulatorV2(TestSigningKey key, string azp = AppId) =>
        Mint(key, EmulatorV2Issuer, AppId, new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = azp });

    /// <summary>A syntactically valid token with <c>"alg":"none"</c> and no signature.</summary>
    public static string Unsigned(string kid)
    {
        var expires = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        var header = $$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}""";
        var payload = $$"""{"iss":"{{BotFrameworkIssuer}}","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","exp":{{expires}}}""";
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    private static string Mint(
        TestSigningKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime? expires = null)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = exp.AddMinutes(-60),
            NotBefore = exp.AddMinutes(-60),
            Expires = exp,
            SigningCredentials = key.Credentials(),
        });
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
