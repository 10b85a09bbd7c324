using System.Text.Json.Nodes;

namespace Bot.Deploy.Tests.Teams;

// The packaged manifest against the official Teams manifest schema (Schemas/README.md says where the file comes from).
public sealed class TeamsManifestSchemaTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private const string Host = "csbot-app-abc123.azurewebsites.net";
    private readonly TeamsPackage _package = new();

    [Fact]
    public async Task Packaged_manifest_is_valid_against_the_Teams_manifest_schema()
    {
        var manifest = await PackagedManifestAsync();

        var violations = TeamsManifestSchema.Validate(manifest);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task Manifest_names_the_schema_version_it_is_validated_against()
    {
        var manifest = await PackagedManifestAsync();
        var pinned = TeamsManifestSchema.ReadDocument()["properties"]!["manifestVersion"]!["const"]!.GetValue<string>();

        Assert.Equal(TeamsManifestSchema.ManifestVersion, pinned);
        Assert.Equal(pinned, manifest["manifestVersion"]!.GetValue<string>());
        Assert.EndsWith($"/teams/v{pinned}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bots/0/botId", null, "/bots/0", "required")]
    [InlineData("/manifestVersion", "\"1.16\"", "/manifestVersion", "const")]
    [InlineData("/id", "\"not-a-guid\"", "/id", "pattern")]
    [InlineData("/bots/0/scopes/2", "\"groupchat\"", "/bots/0/scopes/2", "enum")]
    [InlineData("/developer/privacyUrl", "\"ftp://example.com/\"", "/developer/privacyUrl", "pattern")]
    [InlineData("/name/short", "\"A name far longer than thirty characters\"", "/name/short", "maxLength")]
    [InlineData("/webApplicationInfo/id", null, "/webApplicationInfo", "required")]
    [InlineData("/authorization/permissions/resourceSpecific/0/type", "\"Admin\"", "/authorization/permissions/resourceSpecific/0/type", "enum")]
    [InlineData("/bots/0/unknownSetting", "true", "/bots/0/unknownSetting", "additionalProperties")]
    public async Task Schema_validation_catches_a_broken_manifest(string pointer, string? value, string location, string keyword)
    {
        var manifest = await PackagedManifestAsync();
        JsonPointerEdit.Apply(manifest, pointer, value is null ? null : JsonNode.Parse(value));

        var violations = TeamsManifestSchema.Validate(manifest);

        Assert.Contains(violations, v => v.Location == location && v.Keyword == keyword);
    }

    // The validator reads the draft-4 schema as draft 7; that is only right while the schema uses no keyword whose
    // meaning changed in between (boolean exclusiveMinimum/exclusiveMaximum, the "id" keyword).
    [Fact]
    public void Stored_schema_uses_no_keyword_whose_meaning_changed_after_draft_4()
    {
        var schema = TeamsManifestSchema.ReadDocument();

        Assert.Equal(TeamsManifestSchema.Draft4, new Uri(schema["$schema"]!.GetValue<string>()));
        Assert.DoesNotContain(Keywords(schema), k =>
            k.Key is "exclusiveMinimum" or "exclusiveMaximum" || (k.Key == "id" && k.Value is JsonValue));
    }

    public void Dispose() => _package.Dispose();

    private async Task<JsonNode> PackagedManifestAsync()
    {
        var result = await _package.BuildAsync(AppId, Host);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(_package.ReadEntries()["manifest.json"])!;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Keywords(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Keywords(p.Value).Prepend(p)),
        JsonArray array => array.SelectMany(Keywords),
        _ => [],
    };
}
