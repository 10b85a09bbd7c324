namespace Bot.Architecture.Tests;

/// <summary>What one project may depend on: its allowed Bot.* projects and the frameworks it must never touch.</summary>
public sealed record DependencyRule(string Project, string ProjectFile, string[] AllowedBotReferences, string[] ForbiddenPrefixes)
{
    public const string EntityFrameworkCore = "Microsoft.EntityFrameworkCore";
    public const string AspNetCore = "Microsoft.AspNetCore";

    public static readonly DependencyRule[] All =
    [
        new("Bot.Protocol", "src/Bot.Protocol/Bot.Protocol.csproj", [], [EntityFrameworkCore]),
        new("Bot.Runtime", "src/Bot.Runtime/Bot.Runtime.csproj", ["Bot.Protocol"], [EntityFrameworkCore]),
        new("Bot.Domain", "src/Bot.Domain/Bot.Domain.csproj", [], [EntityFrameworkCore, AspNetCore]),
        new("Bot.Language", "src/Bot.Language/Bot.Language.csproj", ["Bot.Domain"], [EntityFrameworkCore]),
        new("Bot.Data", "src/Bot.Data/Bot.Data.csproj", ["Bot.Domain", "Bot.Runtime", "Bot.Protocol"], []),
        new("Bot.Dialogs", "dialogs/Bot.Dialogs/Bot.Dialogs.csproj", ["Bot.Runtime", "Bot.Domain", "Bot.Protocol"], [EntityFrameworkCore, AspNetCore]),
        new(
            "Bot.Host",
            "src/Bot.Host/Bot.Host.csproj",
            ["Bot.Protocol", "Bot.Runtime", "Bot.Domain", "Bot.Language", "Bot.Data", "Bot.Dialogs"],
            []),
    ];

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var rule in All)
        {
            data.Add(rule.Project);
        }

        return data;
    }

    public static DependencyRule For(string project) => All.Single(rule => rule.Project == project);

    public bool Forbids(string name) =>
        ForbiddenPrefixes.Any(prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal));

    public bool AllowsBotReference(string name) => !IsBot(name) || AllowedBotReferences.Contains(name);

    public static bool IsBot(string name) => name.StartsWith("Bot.", StringComparison.Ordinal);
}
