using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.DirectLine;

/// <summary>Turns an <c>Authorization: Bearer</c> (or the stream's <c>t</c> query) into a <see cref="DirectLineCaller"/>.</summary>
internal sealed class DirectLineAuthorizer(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    private readonly byte[]? secretHash = options.Value.Secret.Length > 0 ? Hash(options.Value.Secret) : null;

    public bool HasSecret => secretHash is not null;

    public static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    // Hashing first gives equal-length inputs, so the comparison time reveals nothing about the secret.
    public bool IsSecret(string credential) =>
        secretHash is not null && CryptographicOperations.FixedTimeEquals(secretHash, Hash(credential));

    public async Task<(DirectLineCaller? Caller, IResult? Error)> AuthenticateAsync(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineErrors.MissingAuthorization());
        }
        if (IsSecret(credential))
        {
            return (DirectLineCaller.Secret, null);
        }
        var (status, token) = await tokens.ValidateAsync(credential);
        return status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineCaller(token), null),
            DirectLineTokenStatus.Expired => (null, DirectLineErrors.TokenExpired()),
            _ => (null, DirectLineErrors.Forbidden()),
        };
    }

    /// <summary>Authenticates and checks that a token belongs to <paramref name="conversationId"/> (the secret reaches all).</summary>
    public async Task<(DirectLineCaller? Caller, IResult? Error)> AuthorizeAsync(string? credential, string conversationId)
    {
        var (caller, error) = await AuthenticateAsync(credential);
        if (caller is { Token: { } token } && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, DirectLineErrors.Forbidden("The token is not valid for this conversation."));
        }
        return (caller, error);
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
