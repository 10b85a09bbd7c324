using System.Reflection;

namespace Bot.Architecture.Tests;

public sealed class DependencyTests
{
    [Theory]
    [MemberData(nameof(DependencyRule.Projects), MemberType = typeof(DependencyRule))]
    public void Assembly_references_only_the_bot_assemblies_its_layer_allows(string project)
    {
        var rule = DependencyRule.For(project);

        var illegal = ReferencedAssemblies(project).Where(name => !rule.AllowsBotReference(name)).ToArray();

        Assert.True(illegal.Length == 0, $"{project} must not reference {string.Join(", ", illegal)}.");
    }

    [Theory]
    [MemberData(nameof(DependencyRule.Projects), MemberType = typeof(DependencyRule))]
    public void Assembly_references_no_forbidden_framework(string project)
    {
        var rule = DependencyRule.For(project);

        var illegal = ReferencedAssemblies(project).Where(rule.Forbids).ToArray();

        Assert.True(illegal.Length == 0, $"{project} must not reference {string.Join(", ", illegal)}.");
    }

    [Theory]
    [MemberData(nameof(DependencyRule.Projects), MemberType = typeof(DependencyRule))]
    public void Project_file_references_only_the_projects_its_layer_allows(string project)
    {
        var rule = DependencyRule.For(project);

        var illegal = ProjectFile.Load(rule.ProjectFile).ProjectReferences.Where(name => !rule.AllowsBotReference(name)).ToArray();

        Assert.True(illegal.Length == 0, $"{rule.ProjectFile} must not reference {string.Join(", ", illegal)}.");
    }

    [Theory]
    [MemberData(nameof(DependencyRule.Projects), MemberType = typeof(DependencyRule))]
    public void Project_file_references_no_forbidden_package_or_framework(string project)
    {
        var rule = DependencyRule.For(project);
        var file = ProjectFile.Load(rule.ProjectFile);

        var illegal = file.PackageReferences.Concat(file.FrameworkReferences).Where(rule.Forbids).ToArray();

        Assert.True(illegal.Length == 0, $"{rule.ProjectFile} must not reference {string.Join(", ", illegal)}.");
    }

    [Fact]
    public void Every_product_project_in_the_solution_has_a_dependency_rule()
    {
        var unclassified = ProductProjectFiles()
            .Where(path => DependencyRule.All.All(rule => rule.ProjectFile != path))
            .ToArray();

        Assert.True(unclassified.Length == 0, $"Add a dependency rule for {string.Join(", ", unclassified)}.");
    }

    [Fact]
    public void No_product_project_references_the_host()
    {
        var referencing = ProductProjectFiles()
            .Where(path => ProjectFile.Load(path).ProjectReferences.Contains("Bot.Host"))
            .ToArray();

        Assert.True(referencing.Length == 0, $"Only tests may reference Bot.Host: {string.Join(", ", referencing)}.");
    }

    // The shipped code: src/ and dialogs/ (tests and benchmarks may reference anything).
    private static IEnumerable<string> ProductProjectFiles() =>
        ProjectFile.SolutionProjectFiles().Where(path =>
            path.StartsWith("src/", StringComparison.Ordinal) || path.StartsWith("dialogs/", StringComparison.Ordinal));

    private static string[] ReferencedAssemblies(string project) =>
        Assembly.Load(new AssemblyName(project)).GetReferencedAssemblies().Select(name => name.Name ?? "").ToArray();
}
