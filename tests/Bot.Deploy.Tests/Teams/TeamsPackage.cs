using System.IO.Compression;
using Bot.Deploy.Tests.Infrastructure;

namespace Bot.Deploy.Tests.Teams;

/// <summary>Runs deploy/teams/package.sh into a temporary folder and reads the zip it writes.</summary>
internal sealed class TeamsPackage : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("teams-package-");

    public string ZipPath => Path.Combine(_dir.FullName, "teams-app.zip");

    public Task<ProcessResult> BuildAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("bash", [Repository.PathOf("deploy", "teams", "package.sh"), .. arguments, ZipPath], _dir.FullName);

    public Dictionary<string, byte[]> ReadEntries()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
