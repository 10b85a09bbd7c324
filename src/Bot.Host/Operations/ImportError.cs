using System.Text.Json.Serialization;

namespace Bot.Host.Operations;

/// <summary>One item of the 422 problem's <c>errors</c> list: the line, the field (null for a whole-line problem), why,
/// the <c>ImportProblemKind</c> as <c>code</c>, and the file (CLI only).</summary>
public sealed record ImportError(
    int Line,
    string? Field,
    string Reason,
    string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File = null);
