using System.Xml.Linq;

namespace Bot.Architecture.Tests;

/// <summary>The references a csproj declares, read from the file itself so a reference fails even if unused.</summary>
public sealed record ProjectFile(string[] ProjectReferences, string[] PackageReferences, string[] FrameworkReferences)
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static ProjectFile Load(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot, relativePath);
        var document = XDocument.Load(path);
        return new ProjectFile(
            Includes(document, "ProjectReference").Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/'))).ToArray(),
            Includes(document, "PackageReference").ToArray(),
            Includes(document, "FrameworkReference").ToArray());
    }

    public static IEnumerable<string> SolutionProjectFiles() =>
        File.ReadLines(Path.Combine(RepositoryRoot, "Bot.sln"))
            .Where(line => line.StartsWith("Project(", StringComparison.Ordinal))
            .Select(line => line.Split(',')[1].Trim().Trim('"').Replace('\\', '/'))
            .Where(path => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Includes(XDocument document, string itemName) =>
        document.Descendants()
            .Where(element => element.Name.LocalName == itemName)
            .Select(element => (string?)element.Attribute("Include") ?? (string?)element.Attribute("Update"))
            .OfType<string>();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Bot.sln not found above {AppContext.BaseDirectory}.");
    }
}
