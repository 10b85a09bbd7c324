using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Infrastructure;

/// <summary>
/// The real host in memory, environment "Testing", with its own SQLite file in a temp directory that is deleted on
/// dispose. Call <see cref="WithConfig"/> / <see cref="WithServices"/> before the first request or CreateClient.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> serviceChanges = [];

    public BotHostFactory()
    {
        Directory.CreateDirectory(DataDirectory);
    }

    /// <summary>Temp directory of this host instance (holds bot.db).</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "bot-host-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataDirectory, "bot.db");

    /// <summary>Adds or overrides one configuration value, e.g. <c>WithConfig("Bot:MicrosoftAppId", "app")</c>.</summary>
    public BotHostFactory WithConfig(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Changes service registrations after the host's own (ConfigureTestServices).</summary>
    public BotHostFactory WithServices(Action<IServiceCollection> configure)
    {
        serviceChanges.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Bot", $"Data Source={DatabasePath}");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var change in serviceChanges)
            {
                change(services);
            }
        });
    }

    // WebApplicationFactory.DisposeAsync ends in Dispose(true) too, so both paths clean up here.
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDataDirectory();
    }

    private void DeleteDataDirectory()
    {
        // Pooled SQLite connections keep the file open.
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a late background writer must not fail the test run.
        }
    }
}
