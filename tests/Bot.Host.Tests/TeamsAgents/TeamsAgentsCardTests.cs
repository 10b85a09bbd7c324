using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Host.TeamsAgents;
using Bot.Host.Tests.Handoff;
using Bot.Host.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.TeamsAgents;

public sealed class TeamsAgentsCardTests
{
    [Fact]
    public async Task A_new_escalation_is_posted_to_the_agents_channel_as_a_claimable_card_and_its_thread_is_stored()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");

        var (_, escalationId) = await host.EscalateAsync();
        var (created, thread) = await host.ThreadOfAsync(escalationId);

        var body = created.Body!;
        Assert.True((bool?)body["isGroup"]);
        Assert.Equal(TeamsAgentsTestHost.ChannelId, (string?)body["channelData"]!["channel"]!["id"]);
        Assert.Equal(TeamsAgentsTestHost.Tenant, (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.Equal("message", (string?)body["activity"]!["type"]);
        var card = TeamsAgentsTestHost.CardOf(body["activity"]!)!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var claim = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal(("Action.Execute", "Claim", "handoff.claim", escalationId),
            ((string?)claim["type"], (string?)claim["title"], (string?)claim["verb"], (string?)claim["data"]!["escalationId"]));
        var facts = card["body"]!.AsArray().Single(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("Anonymous customer", facts["Customer"]);
        Assert.Equal("Key", facts["Tier"]);
        Assert.Equal("Web chat", facts["Channel"]);
        Assert.Equal("Customer asked for person", facts["Reason"]);
        Assert.Equal("SF1234567890123", facts["Tracking numbers"]);
        // The bot's summary keeps its lines: each is a block of its own (a TextBlock would run them together).
        var summary = (await host.Escalations.FindAsync(escalationId, default))!.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(summary.Length > 1);
        var blocks = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "TextBlock").Select(b => (string?)b!["text"]).ToList();
        Assert.Equal(summary.Select(TeamsMarkdown.Escape), blocks.Skip(blocks.Count - summary.Length));
        Assert.Equal(escalationId, thread.EscalationId);
        Assert.Equal(host.Teams.ServiceUrl, thread.ServiceUrl);
        Assert.Equal($"{TeamsAgentsTestHost.ChannelId};messageid={thread.CardActivityId}", thread.ConversationId);
        var found = await host.Service<IAgentThreadStore>().FindByThreadAsync(thread.ConversationId, default);
        Assert.Equal(thread with { CreatedAt = default }, found! with { CreatedAt = default });
    }

    [Fact]
    public async Task What_the_customer_types_reaches_the_thread_verbatim_as_plain_text()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var (customer, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        const string typed = "<b>where</b> is it? [click](http://x) **now**";
        await customer.SayAsync(typed);

        var line = await host.ThreadLineAsync(thread, $"Customer: {typed}");
        Assert.Equal("plain", (string?)line.Body!["textFormat"]);
        Assert.Null(line.Body["attachments"]);
    }

    [Fact]
    public async Task With_the_channel_language_set_to_Chinese_the_card_is_in_Chinese()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync(enabled: true, ("TeamsAgents:Language", "zh"));
        await host.AddAgentAsync("alice", "aad-alice");

        var (_, escalationId) = await host.EscalateAsync();
        var (created, _) = await host.ThreadOfAsync(escalationId);

        var card = TeamsAgentsTestHost.CardOf(created.Body!["activity"]!)!;
        Assert.Equal("等待客服 · 已等 0 分钟", (string?)card["body"]![0]!["text"]);
        Assert.Equal("认领", (string?)card["actions"]![0]!["title"]);
        Assert.Equal("匿名客户", (string?)card["body"]![1]!["facts"]![0]!["value"]);
    }

    [Fact]
    public async Task A_throttled_thread_post_is_retried_after_Retry_After_and_arrives()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var (customer, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        host.Teams.ThrottleNext(1, retryAfter: 1);
        await customer.SayAsync("still waiting");

        await host.ThreadLineAsync(thread, "Customer: still waiting");
        var posts = host.Teams.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 200], posts.Select(r => r.Status));
    }

    [Fact]
    public async Task Customer_text_in_the_card_is_markdown_escaped_so_it_never_becomes_a_link()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var started = await host.Client.StartAsync();
        var customer = new TeamsAgentsTestHost.Customer(host, (string)started["conversationId"]!, (string)started["token"]!);
        await customer.SayAsync("[click](http://x) my parcel");

        var ticket = await host.Service<IHandoffRequests>().RequestAsync(
            new HandoffRequest(customer.Address, Bot.Domain.Complaints.EscalationReason.CustomerAskedForPerson, Skill.Tracking, "en",
                TrackingNumbers: ["[x](http://y)"]), default);
        var (created, _) = await host.ThreadOfAsync(ticket.EscalationId!);

        var card = TeamsAgentsTestHost.CardOf(created.Body!["activity"]!)!.ToJsonString();
        Assert.DoesNotContain("[click](http://x)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("[x](http://y)", card, StringComparison.Ordinal);
        Assert.Contains(@"\\[x\\]\\(http://y\\)", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_desk_lines_and_notes_are_posted_to_the_thread()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        var bob = await host.AddAgentAsync("bob");
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(bob, escalationId, default));
        Assert.Equal(DeskActionError.None, await host.Desk.SendAsync(bob, escalationId, "Let me check.", default));
        Assert.Equal(DeskActionError.None, await host.Desk.AddNoteAsync(bob, escalationId, "Parcel is in Wuhan", default));

        await host.ThreadLineAsync(thread, "Bob (desk): Let me check.");
        await host.ThreadLineAsync(thread, "Note by Bob: Parcel is in Wuhan");
    }

    [Fact]
    public async Task A_service_url_that_is_not_an_absolute_http_url_stops_the_host_from_starting()
    {
        await using var factory = new BotHostFactory()
            .WithConfig("TeamsAgents:ChannelId", TeamsAgentsTestHost.ChannelId)
            .WithConfig("TeamsAgents:ServiceUrl", "smba.trafficmanager.net/teams");

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("TeamsAgents:ServiceUrl", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_channel_id_nothing_is_posted_to_Teams()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync(enabled: false);
        var bob = await host.AddAgentAsync("bob");

        var (customer, escalationId) = await host.EscalateAsync();
        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(bob, escalationId, default));
        await customer.SayAsync("anyone there?");
        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.LineAdded && e.Line!.Text == "anyone there?");

        Assert.Equal(0, host.Service<Bot.Host.TeamsAgents.TeamsAgentsQueue>().Reader.Count);
        Assert.Empty(host.Teams.Requests);
        Assert.Null(await host.Service<IAgentThreadStore>().FindByEscalationAsync(escalationId, default));
    }
}
