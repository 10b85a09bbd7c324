using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;

namespace Bot.Host.Tests.TeamsAgents;

public sealed class TeamsAgentsClaimTests
{
    [Fact]
    public async Task Claiming_from_Teams_assigns_the_conversation_as_a_desk_claim_does_and_updates_the_card()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "AAD-ALICE");
        var bob = await host.AddAgentAsync("bob");
        var (customer, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        var body = await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("Claimed by Alice", (string?)body["value"]!["body"]![0]!["text"]);
        Assert.Equal(["handoff.resolve", "handoff.handback", "handoff.transfer"], TeamsAgentsTestHost.VerbsOf(body["value"]));
        var claimed = (await host.Escalations.FindAsync(escalationId, default))!;
        Assert.Equal((EscalationState.Assigned, "alice"), (claimed.State, claimed.AssignedAgentId));
        var history = await host.Escalations.HistoryAsync(claimed.Conversation, default);
        Assert.Equal([(OwnerState.Queued, "bot"), (OwnerState.Agent, "alice")], history.Select(t => (t.To, t.Actor)));
        Assert.Equal("Alice has joined the chat.", (await customer.BotTextsAsync()).Last());
        Assert.DoesNotContain(await host.Desk.QueueAsync(bob, default), e => e.EscalationId == escalationId);
        await host.Desks.WaitForAsync(e => e.Kind == Handoff.DeskEvent.StateChanged && e.EscalationId == escalationId && e.AgentId == "alice");
        var put = await host.CardUpdateAsync(thread, card => (string?)card["body"]![0]!["text"] == "Claimed by Alice");
        Assert.DoesNotContain("handoff.claim", TeamsAgentsTestHost.VerbsOf(TeamsAgentsTestHost.CardOf(put.Body!)));
    }

    [Fact]
    public async Task A_web_desk_claim_takes_Claim_off_the_Teams_card_and_a_later_Teams_claim_is_refused_naming_the_holder()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var bob = await host.AddAgentAsync("bob");
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(bob, escalationId, default));
        var put = await host.CardUpdateAsync(thread, card => (string?)card["body"]![0]!["text"] == "Claimed by Bob");
        var body = await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        Assert.DoesNotContain("handoff.claim", TeamsAgentsTestHost.VerbsOf(TeamsAgentsTestHost.CardOf(put.Body!)));
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Contains("Already claimed by Bob.", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        // Teams shows the returned card to the whole channel: it keeps the actions of the conversation's state, without Claim.
        Assert.Equal(["handoff.resolve", "handoff.handback", "handoff.transfer"], TeamsAgentsTestHost.VerbsOf(body["value"]));
        Assert.Equal("bob", (await host.Escalations.FindAsync(escalationId, default))!.AssignedAgentId);
    }

    [Fact]
    public async Task An_unknown_Teams_user_is_refused_with_the_command_that_links_them()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        var body = await host.InvokeAsync(thread, "aad-stranger", "handoff.claim", fromId: "29:1stranger");

        var text = TeamsAgentsTestHost.TextsOf(body["value"]);
        Assert.Contains("dotnet run --project src/Bot.Host -- agents link <user name> aad-stranger", text, StringComparison.Ordinal);
        // Still waiting: the card the whole channel sees keeps Claim for the agents who may take it.
        Assert.Equal(["handoff.claim"], TeamsAgentsTestHost.VerbsOf(body["value"]));
        Assert.Equal(EscalationState.Queued, (await host.Escalations.FindAsync(escalationId, default))!.State);
    }

    [Fact]
    public async Task A_disabled_linked_account_cannot_act()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var accounts = host.Service<IAgentAccountStore>();
        Assert.True(await accounts.UpdateAsync((await accounts.FindAsync("alice", default))! with { Disabled = true }, default));
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        var body = await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        Assert.Contains("agents link", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(EscalationState.Queued, (await host.Escalations.FindAsync(escalationId, default))!.State);
    }

    [Fact]
    public async Task A_Teams_member_whose_user_principal_name_is_a_desk_user_name_acts_as_that_agent()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("carol", userName: "carol@contoso.example");
        host.Teams.AddMember(new JsonObject
        {
            ["id"] = "29:1carol",
            ["name"] = "Carol C",
            ["aadObjectId"] = "aad-carol",
            ["userPrincipalName"] = "Carol@Contoso.example",
        });
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);

        var body = await host.InvokeAsync(thread, "aad-carol", "handoff.claim", fromId: "29:1carol");

        Assert.Equal("Claimed by Carol", (string?)body["value"]!["body"]![0]!["text"]);
        Assert.Equal("carol", (await host.Escalations.FindAsync(escalationId, default))!.AssignedAgentId);
        Assert.Contains(host.Teams.Requests, r => r.Method == "GET"
            && r.Path == $"/teams/v3/conversations/{Teams.TeamsActivityJson.TeamId}/members/29:1carol");
    }

    [Fact]
    public async Task An_action_on_an_unknown_escalation_answers_a_card_saying_so()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var thread = new AgentThread("no-such-escalation", host.Teams.ServiceUrl, $"{TeamsAgentsTestHost.ChannelId};messageid=42", "42", default);

        var body = await host.InvokeAsync(thread, "aad-alice", "handoff.claim");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("no longer exists", body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
