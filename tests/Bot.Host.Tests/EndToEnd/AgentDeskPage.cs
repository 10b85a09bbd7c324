using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Bot.Host.Tests.EndToEnd;

/// <summary>The agent: the desk page at /agent in a second browser context. Records page errors and any dialog.</summary>
public sealed class AgentDeskPage : IAsyncDisposable
{
    public const float Timeout = 20_000;

    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentQueue<string> dialogs = new();

    private AgentDeskPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator QueueItems => Page.Locator("#queue-list .queue-item");

    public ILocator Transcript => Page.Locator("#transcript");

    public ILocator CustomerLines => Page.Locator("#transcript .line--customer .line__text");

    public ILocator AgentLines => Page.Locator("#transcript .line--agent .line__text");

    public ILocator NoteLines => Page.Locator("#transcript .line--note .line__text");

    public ILocator State => Page.Locator("#conversation-state");

    public IReadOnlyCollection<string> Dialogs => dialogs.ToArray();

    public static async Task<AgentDeskPage> OpenAsync(IBrowser browser, Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        var desk = new AgentDeskPage(context, page);
        page.PageError += (_, error) => desk.errors.Enqueue($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                desk.errors.Enqueue($"console: {message.Text}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            desk.dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await page.GotoAsync("/agent");
        return desk;
    }

    /// <summary>Signs in and waits until the desk is live (hub connected, presence online, queue shown).</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await Page.Locator("#login-user").FillAsync(userName);
        await Page.Locator("#login-password").FillAsync(password);
        await Page.Locator("#login-submit").ClickAsync();
        await Assertions.Expect(Page.Locator("#desk[data-live='true']")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(Page.Locator("#presence")).ToHaveValueAsync("Online");
    }

    public ILocator QueueItem(string? summaryText = null) =>
        summaryText is null ? QueueItems : QueueItems.Filter(new() { HasText = summaryText });

    public async Task ClaimFirstAsync()
    {
        await QueueItems.First.Locator(".queue-item__claim").ClickAsync();
        await Assertions.Expect(State).ToHaveTextAsync("With an agent", new() { Timeout = Timeout });
    }

    public async Task OpenFirstAsync()
    {
        await QueueItems.First.Locator(".queue-item__open").ClickAsync();
        await Assertions.Expect(Page.Locator("#conversation-body")).ToBeVisibleAsync(new() { Timeout = Timeout });
    }

    public async Task SendAsync(string text, bool note = false)
    {
        await Page.Locator("#note-mode").SetCheckedAsync(note);
        await Page.Locator("#composer-text").FillAsync(text);
        await Page.Locator("#send").ClickAsync();
        await Assertions.Expect(Page.Locator("#composer-text")).ToHaveValueAsync("", new() { Timeout = Timeout });
    }

    public void AssertClean()
    {
        Assert.True(errors.IsEmpty, "Desk page errors:\n" + string.Join("\n", errors));
        Assert.True(dialogs.IsEmpty, "Desk page dialogs:\n" + string.Join("\n", dialogs));
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
