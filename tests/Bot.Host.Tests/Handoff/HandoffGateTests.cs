using System.Net;
using System.Text.Json.Nodes;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Host.Tests.DirectLine;
using Bot.Host.Tests.Infrastructure;
using Bot.Host.Tests.Messaging;

namespace Bot.Host.Tests.Handoff;

public sealed class HandoffGateTests
{
    [Fact]
    public async Task A_customer_on_direct_line_cannot_forge_a_handoff_status()
    {
        await using var host = new HandoffHost(null, null, ("Handoff:Mode", "External"));
        var customer = await host.StartCustomerAsync();
        await customer.SayAsync(HandoffTestBot.AskForPerson);
        var forged = new JsonObject
        {
            ["type"] = "event",
            ["name"] = HandoffEvents.Status,
            ["value"] = new JsonObject { ["state"] = "completed" },
            ["from"] = new JsonObject { ["id"] = "user1", ["role"] = "user" },
        };

        using var response = await host.Client.PostActivityAsync(customer.ConversationId, customer.Token, forged.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OwnerState.Queued, await host.Requests.OwnerOfAsync(customer.Address, default));
        Assert.Single(await host.Escalations.ListOpenAsync(default));
    }

    [Fact]
    public async Task Invalid_opening_hours_stop_the_host_at_start()
    {
        await using var host = new BotHostFactory().WithConfig("Handoff:OpeningHours:TimeZone", "Mars/Olympus_Mons");

        var failure = Record.Exception(() => host.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("OpeningHours", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_initiate_event_of_direct_line_conversations_reaches_the_stream()
    {
        await using var host = new HandoffHost(null, null, ("Handoff:Mode", "External"));
        var customer = await host.StartCustomerAsync();

        await customer.SayAsync(HandoffTestBot.AskForPerson);

        var initiate = Assert.Single(await customer.ActivitiesAsync(), a => (string?)a["name"] == HandoffEvents.Initiate);
        Assert.Equal("bot", (string?)initiate["from"]!["role"]);
        Assert.Contains(DirectLineTestClient.Activities(await host.Client.GetActivitiesAsync(customer.ConversationId, customer.Token)),
            a => (string?)a["text"] == "ticket: External");
    }
    [Fact]
    public async Task Customer_typing_in_the_web_chat_reaches_the_desks_only_while_a_person_has_the_chat()
    {
        await using var host = new HandoffHost();
        await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        const string typing = """{"type":"typing","from":{"id":"x"}}""";

        (await host.Client.PostActivityAsync(customer.ConversationId, customer.Token, typing)).EnsureSuccessStatusCode();
        var ticket = await host.RequestAsync(customer);
        (await host.Client.PostActivityAsync(customer.ConversationId, customer.Token, typing)).EnsureSuccessStatusCode();

        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.Typing && e.EscalationId == ticket.EscalationId);
        Assert.Single(host.Desks.Events, e => e.Kind == DeskEvent.Typing);
    }

    [Fact]
    public async Task Customer_typing_and_messages_on_a_connector_channel_reach_the_desks_while_queued()
    {
        await using var host = new HandoffHost();
        await host.AddAgentAsync("alice");
        using var http = host.Factory.CreateClient();
        var hello = ActivityJson.Message("hello", "expectReplies");
        var conversation = (string)hello["conversation"]!["id"]!;
        (await http.PostAsync("/api/messages", ActivityJson.Content(hello))).EnsureSuccessStatusCode();
        var ticket = await host.Requests.RequestAsync(
            new HandoffRequest(new ConversationAddress("emulator", conversation), EscalationReason.NegativeSentiment, Skill.Complaints, "en"), default);
        var typing = ActivityJson.Activity("typing", "expectReplies");
        typing["conversation"] = new JsonObject { ["id"] = conversation };
        var message = ActivityJson.Message("anyone?", "expectReplies");
        message["conversation"] = new JsonObject { ["id"] = conversation };

        using var typed = await http.PostAsync("/api/messages", ActivityJson.Content(typing));
        using var asked = await http.PostAsync("/api/messages", ActivityJson.Content(message));

        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.Typing && e.EscalationId == ticket.EscalationId);
        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.LineAdded && e.Line!.Text == "anyone?");
        Assert.Equal("[]", (await JsonNode.ParseAsync(await asked.Content.ReadAsStreamAsync()))!["activities"]!.ToJsonString());
    }
    [Fact]
    public async Task When_the_contact_centre_cannot_be_reached_the_conversation_stays_with_the_bot()
    {
        await using var host = new HandoffHost(null, null, ("Handoff:Mode", "External"));
        // The host never heard of this conversation, so it has no way to reach it.
        var address = new ConversationAddress("emulator", "never-seen");

        var ticket = await host.Requests.RequestAsync(new HandoffRequest(address, EscalationReason.CustomerAskedForPerson, Skill.Tracking, "en"), default);

        Assert.Equal(HandoffOutcome.NoAgentOnline, ticket.Outcome);
        Assert.Equal(OwnerState.Bot, await host.Requests.OwnerOfAsync(address, default));
        Assert.Empty(await host.Escalations.ListOpenAsync(default));
    }
}
