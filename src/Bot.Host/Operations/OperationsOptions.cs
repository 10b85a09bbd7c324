using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Operations;

/// <summary>Settings of the operators' HTTP API under <c>/api/operations</c> (section <c>Operations</c>).</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>
    /// The operator key, sent as <c>X-Operator-Key: &lt;key&gt;</c> (or <c>Authorization: Bearer &lt;key&gt;</c>) on every
    /// operator route — the operations API and <c>POST /api/language/parse</c>. Unset (the default): those routes answer 404.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest import body accepted, in bytes (10 MB by default); a larger one gets 413.</summary>
    [Range(1024, 1L << 30)]
    public long MaxImportBytes { get; set; } = 10L * 1024 * 1024;
}
