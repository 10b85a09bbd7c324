using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Host.Tests.Handoff;
using Bot.Host.Tests.Teams;

namespace Bot.Host.Tests.TeamsAgents;

public sealed class TeamsAgentsThreadTests
{
    [Fact]
    public async Task A_thread_reply_of_the_claiming_agent_reaches_the_customer_and_is_not_echoed_to_the_thread()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var (customer, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);
        await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        await host.PostChannelMessageAsync(thread.ConversationId, "aad-alice", "Your parcel is in Wuhan.", mentionBot: true);
        await customer.SayAsync("thanks");

        Assert.Equal("Alice (agent): Your parcel is in Wuhan.", (await customer.BotTextsAsync()).Last());
        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.LineAdded && e.Line!.Text == "Your parcel is in Wuhan." && e.Line.AgentName == "Alice");
        // Posts to the thread keep their order: once the customer's later line is there, an echo would be too.
        await host.ThreadLineAsync(thread, "Customer: thanks");
        Assert.DoesNotContain(host.Teams.Requests, r => r.Body?["text"]?.ToString().Contains("Wuhan", StringComparison.Ordinal) == true);
        Assert.NotNull((await host.Escalations.FindAsync(escalationId, default))!.FirstAgentReplyAt);
    }

    [Fact]
    public async Task A_thread_reply_before_anyone_claimed_is_answered_in_the_thread_and_not_sent()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var (customer, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        await host.PostChannelMessageAsync(thread.ConversationId, "aad-alice", "hello?");

        var reply = await host.Teams.WaitForAsync(r => r.Method == "POST"
            && r.Path.StartsWith($"/teams/v3/conversations/{thread.ConversationId}/activities/", StringComparison.Ordinal));
        Assert.StartsWith("Not sent:", (string?)reply.Body!["text"], StringComparison.Ordinal);
        Assert.Contains("Claim it from the card first", (string?)reply.Body["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(await customer.BotTextsAsync(), t => t.Contains("hello?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolving_with_an_outcome_and_handing_back_from_the_card_end_the_chat_for_the_customer()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var (customer, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);
        await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        var resolved = await host.InvokeAsync(thread, "aad-alice", "handoff.resolve", new JsonObject { ["outcome"] = "answered" });
        var stored = (await host.Escalations.FindAsync(escalationId, default))!;
        var handedBack = await host.InvokeAsync(thread, "aad-alice", "handoff.handback");

        Assert.Equal((EscalationState.Resolved, "answered"), (stored.State, stored.OutcomeCode));
        Assert.Equal("Resolved by Alice (answered)", (string?)resolved["value"]!["body"]![0]!["text"]);
        Assert.Equal(["handoff.handback"], TeamsAgentsTestHost.VerbsOf(resolved["value"]));
        Assert.Equal(EscalationState.HandedBack, (await host.Escalations.FindAsync(escalationId, default))!.State);
        Assert.Empty(TeamsAgentsTestHost.VerbsOf(handedBack["value"]));
        Assert.Contains("Alice has left the chat. You're back with the assistant.", await customer.BotTextsAsync());
        // The bot takes over (the real one asks the survey question on this event).
        Assert.Equal(escalationId, (string?)(await host.Service<HandoffTestBot>().HandedBack).Value![HandoffEvents.EscalationIdProperty]);
        await host.CardUpdateAsync(thread, card => card["actions"] is null);
    }

    [Fact]
    public async Task A_resolve_without_a_valid_outcome_is_refused_and_changes_nothing()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);
        await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        var body = await host.InvokeAsync(thread, "aad-alice", "handoff.resolve", new JsonObject { ["outcome"] = "made-up" });

        Assert.Contains("not valid", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(EscalationState.Assigned, (await host.Escalations.FindAsync(escalationId, default))!.State);
    }

    [Fact]
    public async Task Transferring_to_a_skill_from_the_card_puts_the_conversation_back_in_the_queue()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var bob = await host.AddAgentAsync("bob");
        var (customer, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);
        await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        var body = await host.InvokeAsync(thread, "aad-alice", "handoff.transfer", new JsonObject { ["to"] = "skill:Billing" });

        var requeued = (await host.Escalations.FindAsync(escalationId, default))!;
        Assert.Equal((EscalationState.Queued, Skill.Billing, (string?)null), (requeued.State, requeued.Skill, requeued.AssignedAgentId));
        Assert.Equal(["handoff.claim"], TeamsAgentsTestHost.VerbsOf(body["value"]));
        Assert.Contains(await host.Desk.QueueAsync(bob, default), e => e.EscalationId == escalationId);
        Assert.StartsWith("Your chat has been passed to another team.", (await customer.BotTextsAsync()).Last(), StringComparison.Ordinal);
        await host.CardUpdateAsync(thread, card => TeamsAgentsTestHost.VerbsOf(card).SequenceEqual(["handoff.claim"]));
    }

    [Fact]
    public async Task Transferring_to_an_agent_from_the_card_gives_them_the_conversation()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        await host.AddAgentAsync("bob");
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);
        var claimed = await host.InvokeAsync(thread, "aad-alice", "handoff.claim");
        var choices = claimed["value"]!["actions"]![2]!["card"]!["body"]![0]!;
        Assert.Equal("to", (string?)choices["id"]);
        Assert.Contains(choices["choices"]!.AsArray(), c => (string?)c!["value"] == "agent:bob");

        var body = await host.InvokeAsync(thread, "aad-alice", "handoff.transfer", new JsonObject { ["to"] = "agent:bob" });

        Assert.Equal("Claimed by Bob", (string?)body["value"]!["body"]![0]!["text"]);
        Assert.Equal("bob", (await host.Escalations.FindAsync(escalationId, default))!.AssignedAgentId);
    }

    [Fact]
    public async Task A_mention_at_the_top_of_the_agents_channel_is_told_what_the_channel_is_for()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        var topLevel = $"{TeamsAgentsTestHost.ChannelId};messageid=1699999999999";

        await host.PostChannelMessageAsync(topLevel, "aad-anyone", "what is this?", mentionBot: true);

        var reply = Assert.Single(host.Teams.Requests);
        Assert.Contains("This is the agents' channel", (string?)reply.Body!["text"], StringComparison.Ordinal);
        Assert.Equal(topLevel, (string?)reply.Body["conversation"]!["id"]);
    }

    [Fact]
    public async Task Other_Teams_conversations_still_reach_the_bot()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        var conversation = TeamsActivityJson.NewPersonalConversation();

        await host.PostAsync(TeamsActivityJson.Message(host.Teams.ServiceUrl, "personal", conversation, "hello bot"));

        var reply = Assert.Single(host.Teams.Requests);
        Assert.Equal("bot heard: hello bot", (string?)reply.Body!["text"]);
        Assert.Equal(conversation, (string?)reply.Body["conversation"]!["id"]);
    }
}
