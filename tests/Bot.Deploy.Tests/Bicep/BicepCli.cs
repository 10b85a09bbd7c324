using System.Reflection;
using Bot.Deploy.Tests.Infrastructure;

namespace Bot.Deploy.Tests.Bicep;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (tools/bicep). The project file passes the
/// package folder (GeneratePathProperty) as assembly metadata; the NuGet global packages folder is the fallback.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private const string PackageVersion = "0.49.2";

    public static string Executable { get; } = Find();

    public static Task<ProcessResult> BuildAsync(string bicepFile) =>
        ProcessRunner.RunAsync(Executable, ["build", bicepFile, "--stdout"], Path.GetDirectoryName(bicepFile)!);

    private static string Find()
    {
        var candidates = new List<string>();
        var fromBuild = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPackageRoot")?.Value;
        if (!string.IsNullOrEmpty(fromBuild))
        {
            candidates.Add(Path.Combine(fromBuild, "tools", "bicep"));
        }

        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages))
        {
            packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        candidates.Add(Path.Combine(packages, PackageId, PackageVersion, "tools", "bicep"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"Bicep CLI not found; looked at: {string.Join(", ", candidates)}");
    }
}
