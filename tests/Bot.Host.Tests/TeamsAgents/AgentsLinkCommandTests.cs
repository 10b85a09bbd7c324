using Bot.Host.AgentDesk;
using Bot.Host.Tests.AgentDesk;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Tests.TeamsAgents;

// `agents link <user name> <aadObjectId>` and `agents add … --teams <aadObjectId>`, run against a store file.
public sealed class AgentsLinkCommandTests : IDisposable
{
    private const string AliceTeams = "5a1e0000-0000-4000-8000-00000000a11e";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "bot-agents-link-tests", Guid.NewGuid().ToString("N"));

    private Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Bot"] = $"Data Source={Path.Combine(folder, "bot.db")}",
        ["Store:SeedDemoData"] = "false",
    };

    [Fact]
    public async Task Linking_stores_the_Teams_object_id_on_the_account_and_list_shows_it()
    {
        await RunAsync("add alice");

        var (exitCode, output, error) = await RunAsync($"link ALICE {AliceTeams.ToUpperInvariant()}");
        var (_, list, _) = await RunAsync("list");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains($"Linked the Teams user {AliceTeams.ToUpperInvariant()}", output, StringComparison.Ordinal);
        Assert.Equal(AliceTeams, (await StoreReader.FindForLoginAsync(Settings, "alice")).Account.TeamsAadObjectId);
        Assert.EndsWith($"\tteams:{AliceTeams}", list.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_with_teams_links_the_new_account()
    {
        var (exitCode, _, _) = await RunAsync($"add amy --teams {AliceTeams}");

        Assert.Equal(0, exitCode);
        Assert.Equal(AliceTeams, (await StoreReader.FindForLoginAsync(Settings, "amy")).Account.TeamsAadObjectId);
    }

    [Fact]
    public async Task Linking_an_unknown_account_or_a_Teams_user_linked_to_someone_else_exits_1()
    {
        await RunAsync($"add alice --teams {AliceTeams}");
        await RunAsync("add bob");

        var (unknown, _, unknownError) = await RunAsync($"link carol {AliceTeams}");
        var (taken, _, takenError) = await RunAsync($"link bob {AliceTeams}");

        Assert.Equal(1, unknown);
        Assert.Contains("no account 'carol'", unknownError, StringComparison.Ordinal);
        Assert.Equal(1, taken);
        Assert.Contains("already linked to 'alice'", takenError, StringComparison.Ordinal);
        Assert.Null((await StoreReader.FindForLoginAsync(Settings, "bob")).Account.TeamsAadObjectId);
    }

    [Theory]
    [InlineData("link")]
    [InlineData("link alice")]
    [InlineData("link alice id-1 id-2")]
    [InlineData("add amy --teams")]
    public async Task Usage_errors_exit_2(string commandLine)
    {
        var (exitCode, output, error) = await RunAsync(commandLine);

        Assert.Equal((2, ""), (exitCode, output));
        Assert.Contains("agents link <userName> <aadObjectId>", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string commandLine)
    {
        Directory.CreateDirectory(folder);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AgentsCommand.RunAsync(
            commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), new StringReader(""), output, error, Settings, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
