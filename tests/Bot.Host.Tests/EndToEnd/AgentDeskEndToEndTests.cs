using System.Text.RegularExpressions;
using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Runtime.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bot.Host.Tests.EndToEnd;

// A customer in the real Web Chat and an agent on the desk page, two browser contexts against one host over loopback.
[Collection(AgentDeskCollection.Name)]
public sealed class AgentDeskEndToEndTests(AgentDeskFixture fixture)
{
    private const float Timeout = AgentDeskPage.Timeout;

    private static readonly LocalizedText Surveys =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.SurveyStrings");

    [Fact]
    public async Task A_customer_who_asks_for_a_person_chats_with_an_agent_and_gets_the_survey_after_the_hand_back()
    {
        var (host, address) = await AgentDeskFixture.StartHostAsync();
        await using var _ = host;
        await using var desk = await AgentDeskPage.OpenAsync(fixture.Browser, address);
        await desk.SignInAsync(AgentDeskFixture.AgentUserName, AgentDeskFixture.AgentPassword);
        await using var customer = await AgentDeskCustomer.OpenAsync(fixture.Browser, address);

        await customer.SendAsync("I want to talk to a person");

        // The desk: the new item with its summary, the cue, the claim.
        await Assertions.Expect(desk.QueueItems).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Assertions.Expect(desk.Page.Locator("#cue")).ToHaveTextAsync("New customer waiting");
        await Assertions.Expect(desk.QueueItems.First.Locator(".queue-item__summary")).ToHaveTextAsync(new Regex("\\S"));
        await Assertions.Expect(desk.QueueItems.First.Locator(".queue-item__reason")).ToHaveTextAsync("Asked for a person");
        await desk.ClaimFirstAsync();
        await Assertions.Expect(desk.CustomerLines.Filter(new() { HasText = "I want to talk to a person" })).ToHaveCountAsync(1);
        await Assertions.Expect(customer.BotSays(HandoffText.Get("AgentJoined", "en", AgentDeskFixture.AgentName)))
            .ToBeVisibleAsync(new() { Timeout = Timeout });

        // Both ways: the agent's typing and message, the customer's answer; a note stays on the desk.
        await desk.Page.Locator("#composer-text").PressSequentiallyAsync("Hi");
        await Assertions.Expect(customer.TypingIndicator).ToBeVisibleAsync(new() { Timeout = Timeout });
        await desk.SendAsync("Hello, I'm Alice. How can I help?");
        await Assertions.Expect(customer.BotSays(HandoffText.Get("AgentMessage", "en", AgentDeskFixture.AgentName, "Hello, I'm Alice. How can I help?")))
            .ToBeVisibleAsync(new() { Timeout = Timeout });
        await customer.SendAsync("My parcel SF1234567890123 is late");
        await Assertions.Expect(desk.CustomerLines.Filter(new() { HasText = "My parcel SF1234567890123 is late" }))
            .ToHaveCountAsync(1, new() { Timeout = Timeout });
        await desk.SendAsync("Customer sounds worried; check the depot.", note: true);
        await Assertions.Expect(desk.NoteLines).ToHaveTextAsync(["Customer sounds worried; check the depot."], new() { Timeout = Timeout });

        // Resolve, then hand back: the bot is back and offers the survey.
        await desk.Page.Locator("#resolve-outcome").SelectOptionAsync("answered");
        await desk.Page.Locator("#resolve").ClickAsync();
        await Assertions.Expect(desk.State).ToHaveTextAsync("Resolved", new() { Timeout = Timeout });
        await desk.Page.Locator("#handback").ClickAsync();
        await Assertions.Expect(desk.State).ToHaveTextAsync("Handed back", new() { Timeout = Timeout });
        await Assertions.Expect(customer.BotSays(HandoffText.Get("HandedBack", "en", AgentDeskFixture.AgentName)))
            .ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(customer.BotSays(Surveys.Get("SurveyConsent", "en-US"))).ToBeVisibleAsync(new() { Timeout = Timeout });

        await Assertions.Expect(customer.BotBubbles.Filter(new() { HasText = "check the depot" })).ToHaveCountAsync(0);
        customer.AssertClean();
        desk.AssertClean();
    }

    [Fact]
    public async Task Customer_markup_shows_as_text_on_the_desk_and_runs_nothing()
    {
        const string Before = "<img src=x onerror=alert(1)> where is my parcel";
        const string Live = "<script>alert(2)</script><b>bold</b><img src=y onerror=alert(3)>";
        var (host, address) = await AgentDeskFixture.StartHostAsync();
        await using var _ = host;
        await using var desk = await AgentDeskPage.OpenAsync(fixture.Browser, address);
        await desk.SignInAsync(AgentDeskFixture.AgentUserName, AgentDeskFixture.AgentPassword);
        await using var customer = await AgentDeskCustomer.OpenAsync(fixture.Browser, address);
        await customer.SendAsync(Before);

        // Escalated the way the dialogs do, so this test needs only the desk and the handoff service.
        var conversationId = await customer.ConversationIdAsync();
        var ticket = await host.Services.GetRequiredService<IHandoffRequests>().RequestAsync(
            new HandoffRequest(new ConversationAddress("directline", conversationId), EscalationReason.NegativeSentiment, Skill.Tracking, "en"),
            CancellationToken.None);
        Assert.Equal(HandoffOutcome.Queued, ticket.Outcome);
        await Assertions.Expect(desk.QueueItems).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await desk.ClaimFirstAsync();
        await customer.SendAsync(Live);

        await Assertions.Expect(desk.CustomerLines.Filter(new() { HasText = Live })).ToHaveCountAsync(1, new() { Timeout = Timeout });
        var texts = await desk.CustomerLines.AllTextContentsAsync();
        Assert.Contains(Before, texts);
        Assert.Contains(Live, texts);
        Assert.Equal(0, await desk.Page.Locator("#desk img, #desk script, #desk b").CountAsync());
        Assert.Empty(desk.Dialogs);
        desk.AssertClean();
    }
}
