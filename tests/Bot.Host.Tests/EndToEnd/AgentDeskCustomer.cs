using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bot.Host.Tests.EndToEnd;

/// <summary>The customer: the web chat page (the real Web Chat bundle) in its own browser context.</summary>
public sealed class AgentDeskCustomer : IAsyncDisposable
{
    public const float Timeout = 20_000;

    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> errors = new();

    private AgentDeskCustomer(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator BotBubbles => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    public ILocator TypingIndicator => Page.Locator(".webchat__typing-indicator");

    public static async Task<AgentDeskCustomer> OpenAsync(IBrowser browser, Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        var customer = new AgentDeskCustomer(context, page);
        page.PageError += (_, error) => customer.errors.Enqueue($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                customer.errors.Enqueue($"console: {message.Text}");
            }
        };
        await page.GotoAsync("/");
        await Assertions.Expect(customer.BotBubbles.First).ToBeVisibleAsync(new() { Timeout = Timeout });
        return customer;
    }

    /// <summary>The Direct Line conversation the page keeps in sessionStorage.</summary>
    public Task<string> ConversationIdAsync() => Page.EvaluateAsync<string>("() => sessionStorage.getItem('botHost.webChat.conversationId')");

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        await Assertions.Expect(SendBox).ToHaveValueAsync("", new() { Timeout = Timeout });
        var mine = Page.Locator(".webchat__bubble--from-user .webchat__bubble__content", new() { HasText = text });
        await Assertions.Expect(mine.Last).ToBeVisibleAsync(new() { Timeout = Timeout });
    }

    /// <summary>A bot bubble with exactly this text.</summary>
    public ILocator BotSays(string text) =>
        BotBubbles.Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(text)}\\s*$") });

    public void AssertClean() => Assert.True(errors.IsEmpty, "Customer page errors:\n" + string.Join("\n", errors));

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
