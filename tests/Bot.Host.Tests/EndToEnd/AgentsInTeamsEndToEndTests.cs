using System.Text.Json.Nodes;
using Bot.Dialogs.Main;
using Bot.Host.Handoff;
using Bot.Host.Tests.Messaging;
using Bot.Host.Tests.Teams;
using Bot.Runtime.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Bot.Host.Tests.EndToEnd.AgentsInTeamsHost;

namespace Bot.Host.Tests.EndToEnd;

// A customer in the real Web Chat; the agent in the agents' Teams channel, played over loopback: the bot's calls land
// at a fake Teams connector, and "Teams" posts the card's invokes and the thread's replies to /api/messages.
[Collection(AgentDeskCollection.Name)]
public sealed class AgentsInTeamsEndToEndTests(AgentDeskFixture fixture) : IAsyncLifetime
{
    private const float Timeout = AgentDeskCustomer.Timeout;
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private const string Claim = "handoff.claim";

    private static readonly LocalizedText CustomerService =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.CustomerServiceStrings");

    private static readonly LocalizedText Surveys =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.SurveyStrings");

    private FakeTeamsConnector teams = null!;

    public async Task InitializeAsync() => teams = await FakeTeamsConnector.StartAsync();

    public async Task DisposeAsync() => await teams.DisposeAsync();

    [Fact]
    public async Task A_web_chat_customer_is_claimed_answered_and_handed_back_by_an_agent_in_the_Teams_channel()
    {
        const string AgentText = "Hello, I'm Alice from the desk. <b>not bold</b> How can I help?";
        const string CustomerText = "My parcel SF1234567890123 is late";
        var (host, address) = await StartHostAsync();
        await using var _ = host;
        using var client = new HttpClient { BaseAddress = address };
        var bob = await CreateDeskAgentAsync(host, "bob", "Bob");
        var desk = host.Services.GetRequiredService<IAgentDeskService>();
        await using var customer = await AgentDeskCustomer.OpenAsync(fixture.Browser, address);
        var (escalationId, cardActivityId) = await AskForAPersonAsync(customer);
        var thread = Uri.EscapeDataString(AgentsChannelJson.Thread(cardActivityId));
        Assert.Contains(await desk.QueueAsync(bob, CancellationToken.None), e => e.EscalationId == escalationId);

        // Claim from Teams: the card refreshed, the customer told, the web desk's queue without it, the card updated.
        var claimed = await InvokeAsync(client, AgentsChannelJson.Action(teams.ServiceUrl, cardActivityId, Claim, escalationId));
        Assert.Equal((200, AdaptiveCard), ((int?)claimed["statusCode"], (string?)claimed["type"]));
        Assert.Empty(AgentsChannelJson.ActionsWithVerb(claimed["value"]!, Claim));
        Assert.Contains("Claimed by Alice", AgentsChannelJson.ReadableText(claimed["value"]!), StringComparison.Ordinal);
        await Assertions.Expect(customer.BotSays(HandoffText.Get("AgentJoined", "en", "Alice"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.DoesNotContain(await desk.QueueAsync(bob, CancellationToken.None), e => e.EscalationId == escalationId);
        Assert.NotEqual(DeskActionError.None, await desk.ClaimAsync(bob, escalationId, CancellationToken.None));
        var updated = await WaitForCallAsync(teams, "the card updated in place",
            r => r.Method == "PUT" && r.RawPath == $"/teams/v3/conversations/{thread}/activities/{cardActivityId}");
        Assert.Empty(AgentsChannelJson.ActionsWithVerb(updated.Body!, Claim));

        // Alice answers in the thread without mentioning the bot: the customer reads her markup as text.
        await PostAsync(client, AgentsChannelJson.Reply(teams.ServiceUrl, cardActivityId, AgentText));
        var agentLine = customer.BotSays(HandoffText.Get("AgentMessage", "en", "Alice", AgentText));
        await Assertions.Expect(agentLine).ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.Equal(0, await agentLine.Locator("b").CountAsync());

        // The customer's answer reaches the thread as plain text.
        await customer.SendAsync(CustomerText);
        var relayed = await WaitForCallAsync(teams, "the customer's line in the thread", r => r.Method == "POST"
            && r.RawPath == $"/teams/v3/conversations/{thread}/activities"
            && ((string?)r.Body?["text"])?.Contains(CustomerText, StringComparison.Ordinal) == true);
        Assert.Equal(("message", "plain"), ((string?)relayed.Body!["type"], (string?)relayed.Body["textFormat"]));
        Assert.EndsWith(": " + CustomerText, (string?)relayed.Body["text"], StringComparison.Ordinal);

        // A reply that @mentions the bot: the mention is dropped, and the bot does not answer it in the thread.
        var mentioning = AgentsChannelJson.Reply(teams.ServiceUrl, cardActivityId, "Thanks, checking with the depot now.", mentionBot: true);
        await PostAsync(client, mentioning);
        await Assertions.Expect(customer.BotSays(HandoffText.Get("AgentMessage", "en", "Alice", "Thanks, checking with the depot now.")))
            .ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.DoesNotContain(
            teams.Requests.Select(r => r.Path), path => path.EndsWith($"/activities/{mentioning["id"]}", StringComparison.Ordinal));

        // Hand back from Teams: the bot is back, offers the survey and answers the next message.
        var handedBack = await InvokeAsync(client, AgentsChannelJson.Action(teams.ServiceUrl, cardActivityId, "handoff.handback", escalationId));
        Assert.Equal((200, AdaptiveCard), ((int?)handedBack["statusCode"], (string?)handedBack["type"]));
        await Assertions.Expect(customer.BotSays(HandoffText.Get("HandedBack", "en", "Alice"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(customer.BotSays(Surveys.Get("SurveyConsent", "en-US"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        await customer.SendAsync("Not now");
        await Assertions.Expect(customer.BotSays(Surveys.Get("SurveyDeclined", "en-US"))).ToBeVisibleAsync(new() { Timeout = Timeout });

        // What Alice wrote in Teams was not echoed back to her thread.
        Assert.DoesNotContain(
            teams.Requests.Select(r => (string?)r.Body?["text"]), text => text?.Contains("not bold", StringComparison.Ordinal) == true);
        customer.AssertClean();
    }

    [Fact]
    public async Task A_claim_on_the_web_desk_removes_Claim_from_the_Teams_card_and_claims_from_Teams_after_it_are_refused()
    {
        var (host, address) = await StartHostAsync();
        await using var _ = host;
        using var client = new HttpClient { BaseAddress = address };
        var bob = await CreateDeskAgentAsync(host, "bob", "Bob");
        var desk = host.Services.GetRequiredService<IAgentDeskService>();
        await using var customer = await AgentDeskCustomer.OpenAsync(fixture.Browser, address);
        var (escalationId, cardActivityId) = await AskForAPersonAsync(customer);

        // Someone in the team no account is linked to: told how to get linked, the customer still waits.
        var stranger = await InvokeAsync(client, AgentsChannelJson.Action(
            teams.ServiceUrl, cardActivityId, Claim, escalationId, AgentsChannelJson.Stranger));
        Assert.Equal((200, AdaptiveCard), ((int?)stranger["statusCode"], (string?)stranger["type"]));
        // The returned card replaces the card for the whole channel, so it keeps Claim for the agents who may take it.
        Assert.Single(AgentsChannelJson.ActionsWithVerb(stranger["value"]!, Claim));
        Assert.Contains(
            $"dotnet run --project src/Bot.Host -- agents link <user name> {AgentsChannelJson.StrangerAadObjectId}",
            AgentsChannelJson.ReadableText(stranger["value"]!),
            StringComparison.Ordinal);
        Assert.Contains(await desk.QueueAsync(bob, CancellationToken.None), e => e.EscalationId == escalationId && e.AssignedAgentId is null);

        // Bob claims on the web desk: the card in Teams is updated in place without Claim.
        Assert.Equal(DeskActionError.None, await desk.ClaimAsync(bob, escalationId, CancellationToken.None));
        await Assertions.Expect(customer.BotSays(HandoffText.Get("AgentJoined", "en", "Bob"))).ToBeVisibleAsync(new() { Timeout = Timeout });
        var thread = Uri.EscapeDataString(AgentsChannelJson.Thread(cardActivityId));
        var updated = await WaitForCallAsync(teams, "the card updated in place",
            r => r.Method == "PUT" && r.RawPath == $"/teams/v3/conversations/{thread}/activities/{cardActivityId}");
        Assert.Empty(AgentsChannelJson.ActionsWithVerb(updated.Body!, Claim));

        // Alice presses the Claim of a card not yet refreshed: refused with a card, the chat stays Bob's.
        var late = await InvokeAsync(client, AgentsChannelJson.Action(teams.ServiceUrl, cardActivityId, Claim, escalationId));
        Assert.Equal((200, AdaptiveCard), ((int?)late["statusCode"], (string?)late["type"]));
        Assert.Empty(AgentsChannelJson.ActionsWithVerb(late["value"]!, Claim));
        var (error, view) = await desk.ConversationAsync(bob, escalationId, CancellationToken.None);
        Assert.Equal(DeskActionError.None, error);
        Assert.Equal(bob.AgentId, view!.Entry.AssignedAgentId);
        customer.AssertClean();
    }

    private static async Task PostAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), ActivityJson.Content(activity));
        Assert.True(response.IsSuccessStatusCode, $"The thread reply was answered {(int)response.StatusCode}.");
    }

    private async Task<(KestrelBotHost Host, Uri Address)> StartHostAsync()
    {
        var host = new KestrelBotHost(new Dictionary<string, string?>
        {
            ["DirectLine:TokenRateLimitPerMinute"] = "1000",
            ["Handoff:OpeningHours:AlwaysOpen"] = "true",
            ["Store:SeedDemoData"] = "true",
            ["TeamsAgents:ChannelId"] = AgentsChannelJson.ChannelId,
            ["TeamsAgents:ServiceUrl"] = teams.ServiceUrl,
            ["TeamsAgents:TenantId"] = TeamsActivityJson.Tenant,
        });
        var address = host.Start();
        await CreateTeamsAgentAsync(host, "alice", "Alice", AgentsChannelJson.AliceAadObjectId);
        return (host, address);
    }

    // The customer asks for a person, is told they are queued, and the card with Claim opens a thread in the agents' channel.
    private async Task<(string EscalationId, string CardActivityId)> AskForAPersonAsync(AgentDeskCustomer customer)
    {
        await customer.SendAsync("I want to talk to a person");
        await Assertions.Expect(customer.BotSays(CustomerService.Get("HandoffQueuedUnknownWait", "en-US", 1)))
            .ToBeVisibleAsync(new() { Timeout = Timeout });
        var created = await WaitForCallAsync(teams, "the card's new thread", r => r is { Method: "POST", Path: "/teams/v3/conversations" });
        var body = created.Body!;
        Assert.True((bool?)body["isGroup"]);
        Assert.Equal(AgentsChannelJson.ChannelId, (string?)body["channelData"]!["channel"]!["id"]);
        Assert.Equal(TeamsActivityJson.Tenant, (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("message", (string?)body["activity"]!["type"]);
        var attachment = Assert.Single(body["activity"]!["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCard, (string?)attachment["contentType"]);
        var card = attachment["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains("Web chat", AgentsChannelJson.ReadableText(card), StringComparison.Ordinal);
        var claim = Assert.Single(AgentsChannelJson.ActionsWithVerb(card, Claim));
        Assert.Equal(("Action.Execute", "Claim"), ((string?)claim["type"], (string?)claim["title"]));
        var escalationId = (string?)claim["data"]!["escalationId"];
        Assert.False(string.IsNullOrEmpty(escalationId));
        return (escalationId, ActivityIdTeamsGave(teams, created));
    }
}
