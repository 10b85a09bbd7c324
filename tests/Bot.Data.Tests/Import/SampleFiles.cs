namespace Bot.Data.Tests.Import;

/// <summary>The example files in samples/import at the repository root.</summary>
internal static class SampleFiles
{
    public static string Folder { get; } = Find();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Read(string name) => File.ReadAllBytes(PathOf(name));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "import");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("samples/import not found above the test folder.");
    }
}
