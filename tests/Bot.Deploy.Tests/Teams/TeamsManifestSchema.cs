using System.Text.Json.Nodes;
using Bot.Deploy.Tests.Infrastructure;
using Json.Schema;

namespace Bot.Deploy.Tests.Teams;

/// <summary>
/// The official Teams app manifest schema stored in tests/Bot.Deploy.Tests/Schemas (where it comes from: the README
/// there), evaluated with JsonSchema.Net.
/// </summary>
internal static class TeamsManifestSchema
{
    public const string ManifestVersion = "1.17";

    // The dialect the file declares in its own "$schema".
    public static readonly Uri Draft4 = new("http://json-schema.org/draft-04/schema#");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(FilePath));

    public static string FilePath => Repository.PathOf("tests", "Bot.Deploy.Tests", "Schemas", $"MicrosoftTeams.v{ManifestVersion}.schema.json");

    public static JsonObject ReadDocument() => JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject();

    /// <summary>Every failed constraint; empty when the manifest is valid.</summary>
    public static IReadOnlyList<SchemaViolation> Validate(JsonNode? manifest)
    {
        // JsonSchema.Net implements draft 6 and later, not the draft 4 the file declares. Draft 7 gives every keyword
        // this schema uses the meaning it has in draft 4 (a test keeps it so) and, unlike draft-4 validators, also
        // enforces the "const" that pins manifestVersion. Formats ("uri") are asserted, not just annotated.
        var options = new EvaluationOptions
        {
            EvaluateAs = SpecVersion.Draft7,
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        };
        options.SchemaRegistry.Register(Draft4, MetaSchemas.Draft7);

        var result = Schema.Value.Evaluate(manifest, options);
        if (result.IsValid)
        {
            return [];
        }

        List<SchemaViolation> violations = [.. new[] { result }.Concat(result.Details)
            .Where(r => r.HasErrors)
            .SelectMany(r => r.Errors!.Select(e => new SchemaViolation(r.InstanceLocation.ToString(), KeywordOf(r, e.Key), e.Value)))];
        return violations.Count > 0 ? violations : [new SchemaViolation(string.Empty, "?", "invalid, without details")];
    }

    // A "false" subschema (additionalProperties: false) fails without a keyword of its own: name the one that holds it.
    private static string KeywordOf(EvaluationResults result, string key) =>
        key.Length > 0 ? key : result.EvaluationPath.ToString().Split('/')[^1];
}
