using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Deploy.Tests.Infrastructure;

namespace Bot.Deploy.Tests.Teams;

// TeamsManifestSchemaTests validates the manifest against the official schema; these tests check what a schema cannot:
// that the values are ours (app id, host, scopes, commands, icons) and that packaging fills and refuses the right things.
public sealed partial class TeamsAppPackageTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private const string Host = "csbot-app-abc123.azurewebsites.net";
    private readonly TeamsPackage _package = new();

    [Fact]
    public async Task Package_has_exactly_the_manifest_and_both_icons_at_its_root()
    {
        var result = await _package.BuildAsync(AppId, Host);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["color.png", "manifest.json", "outline.png"], _package.ReadEntries().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Manifest_in_the_package_names_the_bot_and_host_with_every_required_field()
    {
        await _package.BuildAsync(AppId, Host);
        var text = System.Text.Encoding.UTF8.GetString(_package.ReadEntries()["manifest.json"]);
        using var manifest = JsonDocument.Parse(text);
        var root = manifest.RootElement;

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Matches(@"/teams/v1\.(1[7-9]|2\d)/MicrosoftTeams\.schema\.json$", root.GetProperty("$schema").GetString());
        Assert.Matches(@"^1\.(1[7-9]|2\d)$", root.GetProperty("manifestVersion").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", root.GetProperty("version").GetString());
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith($"https://{Host}/", root.GetProperty("developer").GetProperty(url).GetString(), StringComparison.Ordinal);
        }

        Assert.NotEmpty(root.GetProperty("developer").GetProperty("name").GetString()!);
        Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(root.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(root.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", root.GetProperty("accentColor").GetString());
        Assert.Equal([Host], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Bot_entry_uses_the_app_id_in_every_scope_with_short_commands()
    {
        await _package.BuildAsync(AppId, Host);
        using var manifest = JsonDocument.Parse(_package.ReadEntries()["manifest.json"]);
        var bot = Assert.Single(manifest.RootElement.GetProperty("bots").EnumerateArray());

        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        string[] scopes = ["groupChat", "personal", "team"];
        Assert.Equal(scopes, bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).Order(StringComparer.Ordinal));
        var list = Assert.Single(bot.GetProperty("commandLists").EnumerateArray());
        Assert.Subset(scopes.ToHashSet(), list.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToHashSet());
        var commands = list.GetProperty("commands").EnumerateArray().ToList();
        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, c =>
        {
            Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32);
            Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128);
        });
    }

    // Agents answer in a card's thread without @mentioning the bot; Teams only delivers such channel messages to an app
    // holding the resource-specific consent permission ChannelMessage.Read.Group (granted when it is added to the team).
    [Fact]
    public async Task Manifest_asks_for_channel_messages_without_a_mention_through_resource_specific_consent()
    {
        await _package.BuildAsync(AppId, Host);
        using var manifest = JsonDocument.Parse(_package.ReadEntries()["manifest.json"]);
        var root = manifest.RootElement;

        Assert.Equal(AppId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("webApplicationInfo").GetProperty("resource").GetString()));
        var permissions = root.GetProperty("authorization").GetProperty("permissions").GetProperty("resourceSpecific").EnumerateArray()
            .Select(p => (Name: p.GetProperty("name").GetString(), Type: p.GetProperty("type").GetString()));
        Assert.Contains(("ChannelMessage.Read.Group", "Application"), permissions);
    }

    [Fact]
    public async Task Icons_are_192_pixel_colour_and_32_pixel_white_on_transparent_outline()
    {
        await _package.BuildAsync(AppId, Host);
        var entries = _package.ReadEntries();
        using var manifest = JsonDocument.Parse(entries["manifest.json"]);
        var icons = manifest.RootElement.GetProperty("icons");

        var color = PngImage.Read(entries[icons.GetProperty("color").GetString()!]);
        var outline = PngImage.Read(entries[icons.GetProperty("outline").GetString()!]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal((8, 6), (outline.BitDepth, outline.ColorType));
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => outline.Pixel(i % 32, i / 32)).ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"outline pixel {p} is neither transparent nor white"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public async Task Checked_in_icons_are_what_the_generator_writes()
    {
        var before = IconBytes();
        var dir = Directory.CreateTempSubdirectory("icons-");
        try
        {
            var script = Path.Combine(dir.FullName, "make-icons.py");
            File.Copy(Repository.PathOf("deploy", "teams", "make-icons.py"), script);

            var result = await ProcessRunner.RunAsync("python3", [script], dir.FullName);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(before.Color, await File.ReadAllBytesAsync(Path.Combine(dir.FullName, "color.png")));
            Assert.Equal(before.Outline, await File.ReadAllBytesAsync(Path.Combine(dir.FullName, "outline.png")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("not-a-guid", Host)]
    [InlineData(AppId, "")]
    [InlineData(AppId, "bad host/with spaces")]
    public async Task Packaging_refuses_a_bad_app_id_or_host_name(string appId, string host)
    {
        var result = await _package.BuildAsync(appId, host);

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(_package.ZipPath));
    }

    [Fact]
    public void Manifest_template_uses_only_the_two_placeholders_the_script_fills()
    {
        var template = File.ReadAllText(Repository.PathOf("deploy", "teams", "manifest.json"));

        var placeholders = PlaceholderPattern().Matches(template).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["{{BOT_APP_ID}}", "{{HOST_NAME}}"], placeholders);
    }

    public void Dispose() => _package.Dispose();

    private static (byte[] Color, byte[] Outline) IconBytes() => (
        File.ReadAllBytes(Repository.PathOf("deploy", "teams", "color.png")),
        File.ReadAllBytes(Repository.PathOf("deploy", "teams", "outline.png")));

    [GeneratedRegex(@"\{\{[A-Z_]+\}\}")]
    private static partial Regex PlaceholderPattern();
}
