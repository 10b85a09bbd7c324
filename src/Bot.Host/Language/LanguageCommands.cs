using Bot.Domain.Language;
using Bot.Language.Evaluation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Language;

/// <summary>
/// Command-line verbs run instead of the web host:
/// <c>language parse [--input file]</c> reads {"text","locale"} lines (stdin by default) and writes one prediction line
/// each; <c>language evaluate &lt;file&gt; [--misses n]</c> prints the scores of a labelled set.
/// </summary>
internal static class LanguageCommands
{
    private const string Usage = "usage: language parse [--input <file.jsonl>] | language evaluate <file.jsonl> [--misses <n>]";

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "language")
        {
            return false;
        }

        using var stdin = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        Environment.ExitCode = await RunAsync(args[1..], stdin, stdout, Console.Error, configureServices: null, CancellationToken.None);
        return true;
    }

    internal static async Task<int> RunAsync(
        string[] args,
        TextReader input,
        TextWriter output,
        TextWriter error,
        Action<IServiceCollection>? configureServices,
        CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is not ("parse" or "evaluate"))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var host = BuildHost(configureServices);
        var understanding = host.Services.GetRequiredService<ILanguageUnderstanding>();
        try
        {
            return args[0] == "parse"
                ? await ParseAsync(args[1..], input, output, understanding, cancellationToken)
                : await EvaluateAsync(args[1..], output, understanding, host.Services.GetRequiredService<TimeProvider>(), cancellationToken);
        }
        catch (EvaluationFormatException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> ParseAsync(
        string[] args, TextReader input, TextWriter output, ILanguageUnderstanding understanding, CancellationToken cancellationToken)
    {
        var file = Option(args, "--input");
        using var reader = file is null ? null : new StreamReader(Resolve(file));
        var requests = await JsonLines.ReadRequestsAsync(reader ?? input, cancellationToken);
        foreach (var request in requests)
        {
            var result = await understanding.UnderstandAsync(request, cancellationToken);
            await output.WriteLineAsync(PredictionJson.Format(request, result));
        }

        await output.FlushAsync(cancellationToken);
        return 0;
    }

    private static async Task<int> EvaluateAsync(
        string[] args,
        TextWriter output,
        ILanguageUnderstanding understanding,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null)
        {
            throw new ArgumentException(Usage);
        }

        var misses = int.TryParse(Option(args, "--misses"), out var n) ? n : 40;
        using var reader = new StreamReader(Resolve(file));
        var utterances = await JsonLines.ReadLabelledAsync(reader, cancellationToken);
        var report = await EvaluationRunner.RunAsync(understanding, utterances, timeProvider, cancellationToken);
        await output.WriteAsync(EvaluationReportFormatter.Format(report, misses));
        await output.FlushAsync(cancellationToken);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    // `dotnet run --project src/Bot.Host` starts the app in the project folder, so a path the caller gave relative to the
    // repository root is looked up in the parent folders too.
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        for (var directory = Directory.GetParent(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }

    private static IHost BuildHost(Action<IServiceCollection>? configureServices)
    {
        // Same configuration sources as the web host (appsettings, environment, user secrets in Development), but no
        // server, and logs go to stderr so stdout carries only predictions.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddLanguageUnderstanding();
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }
}
