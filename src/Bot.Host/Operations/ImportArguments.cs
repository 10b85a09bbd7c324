using System.Diagnostics.CodeAnalysis;
using Bot.Data.Import;

namespace Bot.Host.Operations;

/// <summary>The import command's arguments: files, an optional CSV kind, and configuration overrides.</summary>
internal sealed record ImportArguments(IReadOnlyList<string> Files, ImportKind? Kind, string[] ConfigurationArgs)
{
    public static bool TryParse(string[] args, [NotNullWhen(true)] out ImportArguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        var files = new List<string>();
        var configuration = new List<string>();
        ImportKind? kind = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--kind")
            {
                if (i + 1 >= args.Length || !ImportValues.TryParseKind(args[++i], out var given))
                {
                    error = "--kind must be customers, shipments or events.";
                    return false;
                }
                kind = given;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                configuration.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    configuration.Add(args[++i]);
                }
            }
            else if (!IsJson(arg) && !arg.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                error = $"{arg}: the format comes from the extension, .json or .csv.";
                return false;
            }
            else
            {
                files.Add(arg);
            }
        }

        if (files.Count == 0)
        {
            error = "Name at least one file to import.";
            return false;
        }

        error = null;
        parsed = new ImportArguments(files, kind, [.. configuration]);
        return true;
    }

    public static bool IsJson(string file) => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    // `dotnet run --project src/Bot.Host` starts the app in the project folder, so a path given relative to the
    // repository root is looked up in the parent folders too.
    public static string Resolve(string path)
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
}
