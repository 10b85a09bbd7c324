using System.Text.RegularExpressions;
using Bot.Deploy.Tests.Infrastructure;

namespace Bot.Deploy.Tests.Container;

// Docker is not available where these tests run: they check the Dockerfile's shape, not a built image.
public sealed partial class DockerfileTests
{
    private static readonly Dockerfile Image = Dockerfile.Parse(File.ReadAllText(Repository.PathOf("deploy", "Dockerfile")));

    [Fact]
    public void Image_is_built_with_the_SDK_and_Node_and_runs_on_the_ASP_NET_runtime()
    {
        Assert.True(Image.Stages.Count >= 2, "multi-stage build expected");
        var build = Image.Stages[0];
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", build[0].Arguments, StringComparison.Ordinal);
        Assert.Contains(build, i => i.Keyword == "RUN" && i.Arguments.Contains("nodejs", StringComparison.Ordinal)
            && i.Arguments.Contains("npm", StringComparison.Ordinal));
        Assert.Contains(build, i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish src/Bot.Host", StringComparison.Ordinal));
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", Image.FinalStage[0].Arguments, StringComparison.Ordinal);
        Assert.Contains(Image.FinalStage, i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=build", StringComparison.Ordinal));
    }

    [Fact]
    public void Final_stage_runs_as_a_user_that_is_not_root()
    {
        var user = Assert.Single(Image.FinalStage, i => i.Keyword == "USER").Arguments;

        Assert.DoesNotMatch("^(root|0)(:.*)?$", user);
        var keywords = Image.FinalStage.Select(i => i.Keyword).ToList();
        Assert.True(keywords.IndexOf("USER") < keywords.IndexOf("ENTRYPOINT"), "USER must come before ENTRYPOINT");
    }

    [Fact]
    public void Health_check_port_and_exposed_port_match_the_listening_address()
    {
        var urls = EnvValue("ASPNETCORE_URLS");
        var port = PortPattern().Match(urls);
        Assert.True(port.Success, $"no port in ASPNETCORE_URLS={urls}");

        Assert.Contains(Image.FinalStage, i => i.Keyword == "EXPOSE" && i.Arguments == port.Groups[1].Value);
        var health = Assert.Single(Image.FinalStage, i => i.Keyword == "HEALTHCHECK").Arguments;
        Assert.Contains($":{port.Groups[1].Value}/health", health, StringComparison.Ordinal);
        Assert.Contains("curl", health, StringComparison.Ordinal);
        Assert.Contains(Image.FinalStage, i => i.Keyword == "RUN" && i.Arguments.Contains("install -y --no-install-recommends curl", StringComparison.Ordinal));
    }

    [Fact]
    public void SQLite_store_lives_on_the_data_volume()
    {
        Assert.Equal("Data Source=/data/bot.db", EnvValue("ConnectionStrings__Bot"));
        Assert.Contains(Image.FinalStage, i => i.Keyword == "VOLUME" && i.Arguments.Contains("/data", StringComparison.Ordinal));
        Assert.Contains(Image.FinalStage, i => i.Keyword == "RUN" && i.Arguments.Contains("chown \"$APP_UID\" /data", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("**/bin/")]
    [InlineData("**/obj/")]
    [InlineData("**/node_modules/")]
    [InlineData("**/*.db")]
    [InlineData(".git/")]
    public void Build_context_leaves_out_build_output_packages_and_databases(string pattern)
    {
        var ignored = File.ReadAllLines(Repository.PathOf("deploy", "Dockerfile.dockerignore"));

        Assert.Contains(pattern, ignored);
    }

    private static string EnvValue(string name)
    {
        var env = string.Join(' ', Image.FinalStage.Where(i => i.Keyword == "ENV").Select(i => i.Arguments));
        var match = Regex.Match(env, $"(?:^|\\s){Regex.Escape(name)}=(\"[^\"]*\"|\\S*)");
        Assert.True(match.Success, $"ENV {name} missing in the final stage");
        return match.Groups[1].Value.Trim('"');
    }

    [GeneratedRegex(@":(\d+)")]
    private static partial Regex PortPattern();
}
