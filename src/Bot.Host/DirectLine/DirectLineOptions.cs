using System.ComponentModel.DataAnnotations;

namespace Bot.Host.DirectLine;

/// <summary>The host's own Direct Line 3.0 channel (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string Section = "DirectLine";

    /// <summary>Shared secret for <c>/tokens/generate</c> and for secret-authorised calls. Empty: secret calls are refused.</summary>
    public string Secret { get; set; } = "";

    /// <summary>HMAC key (at least 32 characters) that signs tokens. Empty: a random key per process start.</summary>
    public string TokenSigningKey { get; set; } = "";

    /// <summary>How long a token stays valid; clients refresh every 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an empty keep-alive frame is sent on an idle WebSocket stream.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest total size of the files in one upload.</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Web chat page tokens one client IP may obtain per minute from <c>/api/webchat/token</c>.</summary>
    [Range(1, 10_000)]
    public int TokenRateLimitPerMinute { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TokenSigningKey.Length is > 0 and < 32)
        {
            yield return new ValidationResult(
                "DirectLine:TokenSigningKey must be at least 32 characters (HS256 needs a 256-bit key).",
                [nameof(TokenSigningKey)]);
        }
    }
}
