using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bot.Host.Tests.EndToEnd;

/// <summary>
/// One browser context on the web chat page. Records console errors, page errors and any request that leaves
/// the loopback interface, so a test can assert the page stayed clean and offline.
/// </summary>
public sealed class WebChatSession : IAsyncDisposable
{
    public const float Timeout = 20_000;

    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentQueue<string> externalRequests = new();
    private readonly ConcurrentQueue<string> directLineCalls = new();

    private WebChatSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator BotBubbles => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    public ILocator UserBubbles => Page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    public ILocator Language => Page.Locator("#language");

    public ILocator ErrorAlert => Page.Locator("#chat-error");

    /// <summary>The Direct Line calls the page made so far, as <c>METHOD /path</c>.</summary>
    public IReadOnlyCollection<string> DirectLineCalls => directLineCalls.ToArray();

    public static async Task<WebChatSession> OpenAsync(WebChatFixture fixture)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        var session = new WebChatSession(context, page);
        context.Request += (_, request) => session.Record(request);
        page.WebSocket += (_, socket) => session.CheckLoopback(socket.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.errors.Enqueue($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => session.errors.Enqueue($"page error: {error}");
        return session;
    }

    public async Task OpenPageAsync()
    {
        await Page.GotoAsync("/");
        await WaitUntilConnectedAsync();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitUntilConnectedAsync();
    }

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await Assertions.Expect(SendBox).ToHaveValueAsync(text);
        await SendBox.PressAsync("Enter");
        await Assertions.Expect(SendBox).ToHaveValueAsync("", new() { Timeout = Timeout });
    }

    /// <summary>A bot message with exactly this text (the customer-service dialog's question or answer).</summary>
    public ILocator BotSays(string text) =>
        BotBubbles.Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") });

    /// <summary>The transcript row of the user's own message.</summary>
    public ILocator UserActivity(string text) =>
        Page.Locator(".webchat__basic-transcript__activity").Filter(new()
        {
            Has = Page.Locator(".webchat__bubble--from-user", new() { HasText = text }),
        });

    /// <summary>Waits until the host echoed the message back (Web Chat drops "Sending"), and it never failed.</summary>
    public async Task ExpectDeliveredAsync(string text)
    {
        var activity = UserActivity(text);
        await Assertions.Expect(activity).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Assertions.Expect(activity.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        await Assertions.Expect(activity).Not.ToContainTextAsync("Send failed");
    }

    public void AssertCleanAndOffline()
    {
        Assert.True(errors.IsEmpty, "Browser errors:\n" + string.Join("\n", errors));
        Assert.True(externalRequests.IsEmpty, "Requests left the machine:\n" + string.Join("\n", externalRequests));
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private async Task WaitUntilConnectedAsync()
    {
        // Whichever comes first: Web Chat's send box, or the page's own "could not connect" alert.
        await Assertions.Expect(SendBox.Or(Page.Locator("#chat-error:visible"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(ErrorAlert).ToBeHiddenAsync();
        await Assertions.Expect(SendBox).ToBeVisibleAsync();

        // Connected for sure once the bot's greeting (new conversation) or the replayed history is shown.
        await Assertions.Expect(BotBubbles.First).ToBeVisibleAsync(new() { Timeout = Timeout });
    }

    private void Record(IRequest request)
    {
        CheckLoopback(request.Url);
        if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith("/v3/directline/", StringComparison.Ordinal))
        {
            directLineCalls.Enqueue($"{request.Method} {uri.AbsolutePath}");
        }
    }

    private void CheckLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            externalRequests.Enqueue(url);
            return;
        }

        if (uri.Scheme is not ("data" or "blob" or "about") && !uri.IsLoopback)
        {
            externalRequests.Enqueue(url);
        }
    }
}
