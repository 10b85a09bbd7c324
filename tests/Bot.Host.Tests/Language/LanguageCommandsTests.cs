using System.Text.Json;
using Bot.Domain.Language;
using Bot.Host.Language;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Language;

public sealed class LanguageCommandsTests
{
    [Fact]
    public async Task Parse_writes_one_prediction_line_per_input_line()
    {
        const string input = """
            {"text":"hello there","locale":"en-US"}

            {"text":"我的快递 RA123456785CN 到哪了","locale":"zh-CN"}
            """;

        var (exitCode, output, error) = await RunAsync(["parse"], input);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("Greeting", first.RootElement.GetProperty("intent").GetString());
        Assert.Equal("我的快递 RA123456785CN 到哪了", second.RootElement.GetProperty("text").GetString());
        Assert.Equal("TrackShipment", second.RootElement.GetProperty("intent").GetString());
        Assert.Equal("zh", second.RootElement.GetProperty("language").GetString());
        Assert.Equal(
            StubLanguageUnderstanding.TrackingNumber,
            second.RootElement.GetProperty("entities")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Parse_stops_at_a_bad_line_and_names_it()
    {
        var (exitCode, output, error) = await RunAsync(["parse"], "{\"text\":\"hi\"}\n{\"locale\":\"en\"}\n");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("Line 2: \"text\" is missing or empty.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_prints_the_scores_of_a_labelled_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lu-eval-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"text":"hello","intent":"Greeting","language":"en"}""",
            """{"text":"where is RA123456785CN","intent":"TrackShipment","entities":[{"kind":"TrackingNumber","value":"RA123456785CN"}],"language":"en"}""",
            """{"text":"talk to a person","intent":"TalkToPerson","signals":["AsksForPerson"],"language":"en"}""",
        ]);
        try
        {
            var (exitCode, output, _) = await RunAsync(["evaluate", file], "");

            Assert.Equal(0, exitCode);
            Assert.Contains("Intent accuracy: 0.667", output, StringComparison.Ordinal);
            Assert.Contains("Tracking-number extraction: 1.000 (1/1 lines)", output, StringComparison.Ordinal);
            Assert.Contains("expected TalkToPerson, got Greeting", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Unknown_verb_prints_usage()
    {
        var (exitCode, _, error) = await RunAsync(["score"], "");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: language parse", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, string input)
    {
        using var reader = new StringReader(input);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await LanguageCommands.RunAsync(
            args,
            reader,
            output,
            error,
            services => services.AddSingleton<ILanguageUnderstanding, StubLanguageUnderstanding>(),
            CancellationToken.None);
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}
