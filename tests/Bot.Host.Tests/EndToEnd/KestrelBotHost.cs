using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.EndToEnd;

/// <summary>The real host on Kestrel on a free loopback port, with its own SQLite file in a temp folder.</summary>
public sealed class KestrelBotHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "bot-host-e2e", Guid.NewGuid().ToString("N"));

    public KestrelBotHost(IReadOnlyDictionary<string, string?> settings)
    {
        this.settings = settings;
        Directory.CreateDirectory(dataDirectory);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts Kestrel and returns the address it listens on, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Bot", $"Data Source={Path.Combine(dataDirectory, "bot.db")}");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind must not fail the run.
        }
    }
}
