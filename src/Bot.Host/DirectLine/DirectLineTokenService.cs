using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Host.DirectLine;

/// <summary>Issues and checks the stateless HS256 tokens of the Direct Line channel.</summary>
internal sealed class DirectLineTokenService
{
    private const string Issuer = "bot-host/directline";
    private const string ConversationClaim = "conv";

    // Web Chat adopts a "user" claim as its user id (PROTOCOL.md §4.5).
    private const string UserClaim = "user";

    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials credentials;
    private readonly TokenValidationParameters validation;
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, DirectLineSigningKey signingKey, TimeProvider time)
    {
        var settings = options.Value;
        var key = new SymmetricSecurityKey(signingKey.Load());
        credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateAudience = false,
            // Expiry is checked against the injected clock below, so tests can move time.
            ValidateLifetime = false,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        };
        this.time = time;
        lifetime = settings.TokenLifetime;
    }

    public TimeSpan Lifetime => lifetime;

    public int ExpiresInSeconds => (int)lifetime.TotalSeconds;

    public string Issue(string conversationId, string userId)
    {
        var now = time.GetUtcNow();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            Subject = new ClaimsIdentity([new Claim(ConversationClaim, conversationId), new Claim(UserClaim, userId)]),
            SigningCredentials = credentials,
        });
    }

    public async Task<(DirectLineTokenStatus Status, DirectLineToken? Token)> ValidateAsync(string token)
    {
        if (token.Length is 0 or > 4096)
        {
            return (DirectLineTokenStatus.Invalid, null);
        }
        var result = await handler.ValidateTokenAsync(token, validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId)
            || string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(userId)
            || jwt.ValidTo == DateTime.MinValue)
        {
            return (DirectLineTokenStatus.Invalid, null);
        }
        var expiresAt = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        return expiresAt <= time.GetUtcNow()
            ? (DirectLineTokenStatus.Expired, null)
            : (DirectLineTokenStatus.Valid, new DirectLineToken(conversationId, userId, expiresAt));
    }
}
