using Bot.Data;
using Bot.Data.Import;
using Bot.Host.Hosting;

namespace Bot.Host.Operations;

/// <summary>
/// <c>import &lt;file&gt; [&lt;file&gt; …] [--kind customers|shipments|events]</c>: applies the migrations, reads every file
/// (.json: the import document; .csv: one kind, told by its header or --kind) and imports them together in one
/// transaction. Prints the counts (exit 0) or every problem with its file and line (exit 1); a usage error exits 2.
/// Other <c>--key value</c> arguments are configuration, as for the web host (e.g. <c>--ConnectionStrings:Bot</c>).
/// </summary>
internal static class ImportCommand
{
    private const string Usage =
        "usage: import <file.json|file.csv> [<file> ...] [--kind customers|shipments|events] [--ConnectionStrings:Bot \"Data Source=<path>\"]";

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "import")
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], Console.Out, Console.Error, settings: null, CancellationToken.None);
        return true;
    }

    internal static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        IReadOnlyDictionary<string, string?>? settings,
        CancellationToken cancellationToken)
    {
        if (!ImportArguments.TryParse(args, out var arguments, out var usageError))
        {
            await error.WriteLineAsync(usageError);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var batch = new ImportBatch();
        foreach (var file in arguments.Files)
        {
            var path = ImportArguments.Resolve(file);
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"{file}: no such file.");
                return 2;
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            batch.Append(ImportArguments.IsJson(file)
                ? JsonImportReader.Read(bytes, file)
                : CsvImportReader.Read(bytes, file, arguments.Kind));
        }

        await using var app = BuildStore(arguments.ConfigurationArgs, settings);
        await app.Services.MigrateBotDataAsync(cancellationToken);
        var result = await app.Services.GetRequiredService<ShipmentImporter>().ImportAsync(batch, cancellationToken);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"Nothing was imported: {result.Problems.Count} problem(s).");
            foreach (var problem in result.Problems)
            {
                await error.WriteLineAsync($"{problem.Source}:{problem.Line}: {problem.Reason}");
            }
            return 1;
        }

        var summary = result.Summary;
        await output.WriteLineAsync($"Imported {string.Join(", ", arguments.Files)} in one transaction.");
        await output.WriteLineAsync(Line("customers", summary.Customers));
        await output.WriteLineAsync(Line("shipments", summary.Shipments));
        await output.WriteLineAsync($"events:    {summary.Events.Inserted} inserted, {summary.Events.Skipped} skipped as duplicates");
        if (summary.Events.Inserted > 0)
        {
            await output.WriteLineAsync(
                "Events imported from the command line are recorded only; to notify subscribed conversations, send them to the running host (POST /api/operations/import or /api/operations/shipments/{number}/events).");
        }
        return 0;
    }

    private static string Line(string kind, ImportCounts counts) =>
        $"{kind}: {counts.Inserted} inserted, {counts.Updated} updated, {counts.Skipped} skipped as duplicates";

    private static WebApplication BuildStore(string[] configurationArgs, IReadOnlyDictionary<string, string?>? settings) =>
        CommandHost.BuildWithStore(configurationArgs, settings, services => services.AddSingleton<ShipmentImporter>());
}
