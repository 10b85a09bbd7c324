using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Language;

/// <summary>Settings of the operator-facing language endpoint (section "Language").</summary>
public sealed class LanguageApiOptions
{
    public const string Section = "Language";

    /// <summary>
    /// Older name of the operator key <c>Operations:ApiKey</c>, used when that is unset. Operators send the key as
    /// <c>X-Operator-Key</c> or <c>Authorization: Bearer &lt;key&gt;</c>; with neither setting the endpoint answers 404.
    /// </summary>
    public string? OperatorApiKey { get; set; }

    /// <summary>Longest text the endpoint accepts, in UTF-16 characters.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2000;
}
