using Microsoft.Playwright;

namespace Bot.Host.Tests.EndToEnd;

// The real Web Chat bundle in headless Chromium against the host's own Direct Line, over loopback.
[Collection(WebChatCollection.Name)]
public sealed class WebChatBrowserTests(WebChatFixture fixture)
{
    private const string Question = "where is my parcel";

    // What the customer-service dialog says (dialogs/Bot.Dialogs/Resources/CustomerServiceStrings*.resx).
    private const string AskTrackingNumber = "Please type the tracking number of your shipment.";
    private const string TrackingRetry = "That doesn't look like a tracking number. It usually looks like RA123456789CN, SF1234567890123 or a number of 10 to 15 digits. Please type it again.";
    private const string TrackingRetryChinese = "这看起来不像快件单号。单号通常类似 RA123456789CN、SF1234567890123，或是 10 到 15 位数字。请重新输入。";

    [Fact]
    public async Task Page_shows_the_send_box_the_branding_and_the_bot_greeting()
    {
        await using var chat = await WebChatSession.OpenAsync(fixture);

        await chat.OpenPageAsync();

        await Assertions.Expect(chat.BotBubbles.First).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await Assertions.Expect(chat.Page.Locator("h1")).ToHaveTextAsync(WebChatFixture.Title);
        await Assertions.Expect(chat.Page.Locator("h1 b")).ToHaveCountAsync(0);
        await Assertions.Expect(chat.Page).ToHaveTitleAsync(WebChatFixture.Title);
        await Assertions.Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        await Assertions.Expect(chat.Page.GetByLabel("Language")).ToHaveValueAsync("en-US");
        chat.AssertCleanAndOffline();
    }

    [Fact]
    public async Task Message_is_answered_and_marked_as_sent()
    {
        await using var chat = await WebChatSession.OpenAsync(fixture);
        await chat.OpenPageAsync();
        await Assertions.Expect(chat.BotBubbles.First).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });

        await chat.SendAsync(Question);

        await Assertions.Expect(chat.BotSays(AskTrackingNumber)).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await chat.ExpectDeliveredAsync(Question);
        await Assertions.Expect(chat.UserBubbles).ToHaveTextAsync([Question]);
        chat.AssertCleanAndOffline();
    }

    [Fact]
    public async Task Reload_replays_the_history_and_continues_the_same_conversation()
    {
        await using var chat = await WebChatSession.OpenAsync(fixture);
        await chat.OpenPageAsync();
        await chat.SendAsync(Question);
        await Assertions.Expect(chat.BotSays(AskTrackingNumber)).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await chat.ExpectDeliveredAsync(Question);
        var botTextsBefore = await chat.BotBubbles.AllInnerTextsAsync();
        var callsBefore = chat.DirectLineCalls.Count;

        await chat.ReloadAsync();

        // Direct Line resumed the stored conversation (GET /conversations/{id}) instead of starting a new one.
        var callsAfterReload = chat.DirectLineCalls.Skip(callsBefore).ToArray();
        Assert.DoesNotContain("POST /v3/directline/conversations", callsAfterReload);
        Assert.Contains(callsAfterReload, call => call.StartsWith("GET /v3/directline/conversations/", StringComparison.Ordinal));

        // The replayed transcript is the same one: greeting, question and the bot's question, nothing new from the bot.
        await Assertions.Expect(chat.BotSays(AskTrackingNumber)).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await Assertions.Expect(chat.UserBubbles).ToHaveTextAsync([Question]);
        await Assertions.Expect(chat.BotBubbles).ToHaveTextAsync(botTextsBefore.ToArray());

        // The dialog continues at the same step: still waiting for the tracking number, so this gets that step's retry.
        await chat.SendAsync("and when will it arrive");
        await Assertions.Expect(chat.BotSays(TrackingRetry)).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await chat.ExpectDeliveredAsync("and when will it arrive");
        chat.AssertCleanAndOffline();
    }

    [Fact]
    public async Task Switching_to_simplified_chinese_keeps_the_conversation()
    {
        await using var chat = await WebChatSession.OpenAsync(fixture);
        await chat.OpenPageAsync();
        await chat.SendAsync(Question);
        await Assertions.Expect(chat.BotSays(AskTrackingNumber)).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "Type your message");

        await chat.Language.SelectOptionAsync("zh-CN");

        await Assertions.Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "键入消息");
        await Assertions.Expect(chat.Page.GetByLabel("语言")).ToHaveValueAsync("zh-CN");
        await Assertions.Expect(chat.BotSays(AskTrackingNumber)).ToBeVisibleAsync();
        await Assertions.Expect(chat.UserBubbles).ToHaveTextAsync([Question]);

        await chat.SendAsync("我的包裹在哪里");
        await Assertions.Expect(chat.BotSays(TrackingRetryChinese)).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await chat.ExpectDeliveredAsync("我的包裹在哪里");

        // The choice is remembered for the rest of the session.
        await chat.ReloadAsync();
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "键入消息");
        await Assertions.Expect(chat.Language).ToHaveValueAsync("zh-CN");
        await Assertions.Expect(chat.BotSays(TrackingRetryChinese)).ToBeVisibleAsync(new() { Timeout = WebChatSession.Timeout });
        await Assertions.Expect(chat.UserBubbles).ToHaveTextAsync([Question, "我的包裹在哪里"]);
        chat.AssertCleanAndOffline();
    }
}
