using Bot.Domain.Handoff;
using Bot.Host.AgentDesk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bot.Host.Tests.EndToEnd;

/// <summary>One headless Chromium for the agent desk tests; each test starts its own host (a queue of its own).</summary>
public sealed class AgentDeskFixture : IAsyncLifetime
{
    public const string AgentUserName = "alice";
    public const string AgentName = "Alice";
    public const string AgentPassword = "alice-password-0123";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException(
        $"The agent desk end-to-end tests need Chromium at {WebChatFixture.ChromiumPath}: run `apt-get install chromium` (.ci/run does).");

    public async Task InitializeAsync()
    {
        if (!File.Exists(WebChatFixture.ChromiumPath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebChatFixture.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--autoplay-policy=no-user-gesture-required",
            ],
        });
    }

    /// <summary>A host on Kestrel (handoff always open) with the agent account <see cref="AgentUserName"/> (all skills, en + zh).</summary>
    public static async Task<(KestrelBotHost Host, Uri Address)> StartHostAsync()
    {
        var host = new KestrelBotHost(new Dictionary<string, string?>
        {
            ["DirectLine:TokenRateLimitPerMinute"] = "1000",
            ["Handoff:OpeningHours:AlwaysOpen"] = "true",
            ["Store:SeedDemoData"] = "true",
        });
        var address = host.Start();
        var created = await host.Services.GetRequiredService<DeskAccounts>().CreateAsync(
            new NewDeskAccount(AgentUserName, AgentName, AgentRoles.Agent, [], [], Password: AgentPassword), CancellationToken.None);
        Assert.True(created.Created, created.Error);
        return (host, address);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
    }
}
