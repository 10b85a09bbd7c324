using Bot.Host.Operations;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Tests.Operations;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-import-cli-tests", Guid.NewGuid().ToString("N"));

    private Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Bot"] = $"Data Source={Path.Combine(_folder, "bot.db")}",
        ["Store:SeedDemoData"] = "false",
    };

    [Fact]
    public async Task Importing_the_csv_samples_prints_the_counts_and_again_skips_them_all()
    {
        string[] files = [Sample("customers.csv"), Sample("shipments.csv"), Sample("events.csv")];

        var (first, output, error) = await RunAsync(files);
        var (second, again, _) = await RunAsync(files);

        Assert.Equal(0, first);
        Assert.Equal("", error);
        Assert.Contains("customers: 3 inserted, 0 updated, 0 skipped as duplicates", output, StringComparison.Ordinal);
        Assert.Contains("shipments: 4 inserted, 0 updated, 0 skipped as duplicates", output, StringComparison.Ordinal);
        Assert.Contains("events:    15 inserted, 0 skipped as duplicates", output, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Contains("events:    0 inserted, 15 skipped as duplicates", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_bad_rows_lists_every_problem_exits_1_and_writes_nothing()
    {
        var (loaded, _, _) = await RunAsync([Sample("demo-import.json")]);

        var (exitCode, output, error) = await RunAsync([Sample("bad-rows.csv")]);
        var (check, counts, _) = await RunAsync([Sample("demo-import.json")]);

        Assert.Equal(0, loaded);
        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nothing was imported: 7 problem(s).", lines[0]);
        Assert.Contains("bad-rows.csv:3: stage 'arrived' is unknown", lines[1], StringComparison.Ordinal);
        Assert.Contains("bad-rows.csv:9: reason is only recorded for exception and returned events.", lines[7], StringComparison.Ordinal);
        Assert.Equal(0, check);
        Assert.Contains("events:    0 inserted, 46 skipped as duplicates", counts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("customers.txt")]
    [InlineData("customers.csv --kind orders")]
    [InlineData("no-such-file.csv")]
    public async Task Usage_errors_exit_2(string commandLine)
    {
        var (exitCode, output, error) = await RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.NotEqual("", error);
    }

    [Fact]
    public async Task The_kind_option_reads_a_csv_whose_header_alone_does_not_tell()
    {
        var file = Path.Combine(_folder, "ids.csv");
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(file, "name,contactName\nNobody,Someone\n");

        var (exitCode, _, error) = await RunAsync([file]);
        var (forced, _, forcedError) = await RunAsync([file, "--kind", "customers"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("does not tell whether this is a customers, shipments or events file", error, StringComparison.Ordinal);
        Assert.Equal(1, forced);
        Assert.Contains("ids.csv:1: The required column 'id' is missing.", forcedError, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Sample(string name) => OperationsHost.SamplePath(name);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(args, output, error, Settings, CancellationToken.None);
        return (exitCode, Normalize(output), Normalize(error));
    }

    private static string Normalize(StringWriter writer) => writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
}
