using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Language;

/// <summary>Settings of the operator-facing language endpoint (section "Language").</summary>
public sealed class LanguageApiOptions
{
    public const string Section = "Language";

    /// <summary>
    /// Key operators send as <c>Authorization: Bearer &lt;key&gt;</c> to call <c>POST /api/language/parse</c> until agent
    /// login exists. Unset (the default): the endpoint answers 404.
    /// </summary>
    public string? OperatorApiKey { get; set; }

    /// <summary>Longest text the endpoint accepts, in UTF-16 characters.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2000;
}
