using System.Xml.Linq;

namespace Bot.Dialogs.Tests.Tone;

// Every text the bot can say: each string of each .resx file of the product (every folder of the repository except
// tests, build output and tooling), found from the solution root above the test assembly.
internal static class BotTexts
{
    private static readonly string[] Skipped = ["tests", "bin", "obj", ".git", "node_modules"];

    public static string SolutionRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Bot.sln was not found above the test assembly.");
    }

    public static IReadOnlyList<string> ResourceFiles()
    {
        var root = SolutionRoot();
        return [.. Directory.EnumerateFiles(root, "*.resx", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => Skipped.Contains(part, StringComparer.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>(file relative to the root, resource name, text) for every string of every resource file.</summary>
    public static IEnumerable<(string File, string Name, string Text)> All()
    {
        var root = SolutionRoot();
        foreach (var file in ResourceFiles())
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data").Where(d => d.Attribute("type") is null))
            {
                yield return (Path.GetRelativePath(root, file), (string)data.Attribute("name")!, (string?)data.Element("value") ?? string.Empty);
            }
        }
    }
}
