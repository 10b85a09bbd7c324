using Bot.Domain.Handoff;
using Bot.Host.AgentDesk;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Tests.AgentDesk;

public sealed class AgentsCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "bot-agents-cli-tests", Guid.NewGuid().ToString("N"));

    private Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Bot"] = $"Data Source={Path.Combine(folder, "bot.db")}",
        ["Store:SeedDemoData"] = "false",
    };

    [Fact]
    public async Task Adding_a_supervisor_with_a_password_from_stdin_stores_a_hash_that_verifies()
    {
        var (exitCode, output, error) = await RunAsync(
            "add sue --role supervisor --name Sue --skills tracking,complaints --languages en,zh --capacity 4 --password-stdin",
            "sue-secret-password\n");
        var (listed, list, _) = await RunAsync("list");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Created the supervisor account 'sue' (Sue).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("sue-secret-password", output, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Equal("sue\tsupervisor\tSue\ttracking,complaints\ten,zh", list.Trim());
        var login = await FindAsync("SUE");
        Assert.Equal(PasswordVerificationResult.Success, new DeskPasswords().Verify(login.PasswordHash, "sue-secret-password"));
        Assert.Equal(4, login.Account.Capacity);
        Assert.Equal(AgentRoles.Agent | AgentRoles.Supervisor, login.Account.Roles);
    }

    [Fact]
    public async Task Without_a_password_one_is_generated_and_printed_once()
    {
        var (exitCode, output, _) = await RunAsync("add amy");

        var password = output.Split('\n').Single(l => l.StartsWith("password: ", StringComparison.Ordinal))["password: ".Length..].Trim();
        var login = await FindAsync("amy");

        Assert.Equal(0, exitCode);
        Assert.Equal(20, password.Length);
        Assert.Equal(PasswordVerificationResult.Success, new DeskPasswords().Verify(login.PasswordHash, password));
        Assert.Equal(AgentRoles.Agent, login.Account.Roles);
        Assert.Equal(Enum.GetValues<Skill>(), login.Account.Skills.Order());
    }

    [Fact]
    public async Task A_taken_user_name_or_a_short_password_exits_1()
    {
        await RunAsync("add amy");

        var (taken, _, takenError) = await RunAsync("add AMY");
        var (weak, _, weakError) = await RunAsync("add bob --password-stdin", "short\n");

        Assert.Equal(1, taken);
        Assert.Contains("taken", takenError, StringComparison.Ordinal);
        Assert.Equal(1, weak);
        Assert.Contains("10 to 128 characters", weakError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("remove amy")]
    [InlineData("add")]
    [InlineData("add amy --role owner")]
    [InlineData("add amy --skills cooking")]
    [InlineData("add amy --languages fr")]
    [InlineData("add amy --capacity 0")]
    [InlineData("add amy bob")]
    public async Task Usage_errors_exit_2(string commandLine)
    {
        var (exitCode, output, error) = await RunAsync(commandLine);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("usage: agents add <userName>", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string commandLine, string input = "")
    {
        Directory.CreateDirectory(folder);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AgentsCommand.RunAsync(
            commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), new StringReader(input), output, error, Settings, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<AgentLogin> FindAsync(string userName)
    {
        var (_, list, _) = await RunAsync("list");
        Assert.Contains(userName.ToLowerInvariant(), list, StringComparison.OrdinalIgnoreCase);
        return await StoreReader.FindForLoginAsync(Settings, userName);
    }
}
