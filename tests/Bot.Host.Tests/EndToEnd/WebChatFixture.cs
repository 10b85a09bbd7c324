using Microsoft.Playwright;

namespace Bot.Host.Tests.EndToEnd;

/// <summary>One host and one headless Chromium shared by the web chat tests (see <see cref="WebChatCollection"/>).</summary>
public sealed class WebChatFixture : IAsyncLifetime
{
    // Debian's package; Playwright drives it directly, no browser download.
    public const string ChromiumPath = "/usr/bin/chromium";

    // Markup characters on purpose: the page must show them as text.
    public const string Title = "Parcels & Co <b>Help</b>";

    private KestrelBotHost? host;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException(
        $"The web chat end-to-end tests need Chromium at {ChromiumPath}: run `apt-get install chromium` (.ci/run does).");

    public async Task InitializeAsync()
    {
        host = new KestrelBotHost(new Dictionary<string, string?>
        {
            ["WebChat:Title"] = Title,
            ["WebChat:BotName"] = "Test Assistant",
            ["WebChat:PrimaryColor"] = "#123456",
            ["WebChat:AccentColor"] = "#ff8800",
            ["DirectLine:TokenRateLimitPerMinute"] = "1000",
        });
        BaseAddress = host.Start();

        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
