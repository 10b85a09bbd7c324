using Bot.Domain.Handoff;
using Bot.Host.Handoff;

namespace Bot.Host.Tests.Handoff;

public sealed class ClaimTests
{
    [Fact]
    public async Task Parallel_claims_have_exactly_one_winner()
    {
        await using var host = new HandoffHost();
        var agents = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => host.AddAgentAsync($"agent{i}")));
        var ticket = await host.RequestAsync(await host.StartCustomerAsync());

        var results = await Task.WhenAll(agents.Select(a => Task.Run(() => host.Desk.ClaimAsync(a, ticket.EscalationId!, default))));

        Assert.Single(results, r => r == DeskActionError.None);
        Assert.All(results.Where(r => r != DeskActionError.None), r => Assert.Equal(DeskActionError.InvalidState, r));
        var claimed = await host.Escalations.FindAsync(ticket.EscalationId!, default);
        Assert.Equal(EscalationState.Assigned, claimed!.State);
        Assert.Equal(agents[Array.IndexOf(results, DeskActionError.None)].AgentId, claimed.AssignedAgentId);
        var history = await host.Escalations.HistoryAsync(claimed.Conversation, default);
        Assert.Equal([OwnerState.Queued, OwnerState.Agent], history.Select(t => t.To));
    }

    [Fact]
    public async Task Claiming_tells_the_customer_who_joined_and_records_the_time()
    {
        await using var host = new HandoffHost();
        var alice = await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        var ticket = await host.RequestAsync(customer);

        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(alice, ticket.EscalationId!, default));

        Assert.Equal("Alice has joined the chat.", (await customer.BotTextsAsync()).Last());
        var claimed = await host.Escalations.FindAsync(ticket.EscalationId!, default);
        Assert.NotNull(claimed!.ClaimedAt);
        Assert.Equal(OwnerState.Agent, await host.Requests.OwnerOfAsync(customer.Address, default));
        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.StateChanged && e.State == "Assigned" && e.AgentId == "alice");
    }

    [Fact]
    public async Task An_agent_at_capacity_cannot_claim_another_conversation()
    {
        await using var host = new HandoffHost();
        var alice = await host.AddAgentAsync("alice", capacity: 1);
        var first = await host.RequestAsync(await host.StartCustomerAsync());
        var second = await host.RequestAsync(await host.StartCustomerAsync());

        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(alice, first.EscalationId!, default));
        Assert.Equal(DeskActionError.InvalidState, await host.Desk.ClaimAsync(alice, second.EscalationId!, default));

        Assert.Equal(DeskActionError.None, await host.Desk.HandBackAsync(alice, first.EscalationId!, default));
        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(alice, second.EscalationId!, default));
    }

    [Fact]
    public async Task Auto_assignment_gives_the_conversation_to_the_least_busy_eligible_agent()
    {
        await using var host = new HandoffHost(null, null, ("Handoff:AutoAssign", "true"));
        await host.AddAgentAsync("alice", capacity: 2);
        await host.AddAgentAsync("bob", capacity: 4);
        await host.AddAgentAsync("carol", AgentPresence.Away);
        var first = await host.RequestAsync(await host.StartCustomerAsync());
        var firstAgent = (await host.Escalations.FindAsync(first.EscalationId!, default))!.AssignedAgentId;

        var secondCustomer = await host.StartCustomerAsync();
        var second = await host.RequestAsync(secondCustomer);

        // Both idle: alice first by id. Then alice is at half her capacity, bob idle: bob.
        Assert.Equal((HandoffOutcome.Assigned, "Alice"), (first.Outcome, first.AgentName));
        Assert.Equal("alice", firstAgent);
        Assert.Equal((HandoffOutcome.Assigned, "Bob"), (second.Outcome, second.AgentName));
        Assert.Equal(OwnerState.Agent, await host.Requests.OwnerOfAsync(secondCustomer.Address, default));
    }

    [Fact]
    public async Task Auto_assignment_picks_up_the_queue_when_an_agent_comes_online()
    {
        await using var host = new HandoffHost(null, null, ("Handoff:AutoAssign", "true"), ("Handoff:QueueWithoutOnlineAgents", "true"));
        var alice = await host.AddAgentAsync("alice", AgentPresence.Offline);
        var customer = await host.StartCustomerAsync();
        var ticket = await host.RequestAsync(customer);
        Assert.Equal(HandoffOutcome.Queued, ticket.Outcome);

        await host.Desk.SetPresenceAsync(alice, AgentPresence.Online, default);

        Assert.Equal("alice", (await host.Escalations.FindAsync(ticket.EscalationId!, default))!.AssignedAgentId);
        Assert.Equal("Alice has joined the chat.", (await customer.BotTextsAsync()).Last());
    }

    [Fact]
    public async Task A_request_made_inside_the_customers_turn_is_answered_in_that_turn()
    {
        await using var host = new HandoffHost(null, null, ("Handoff:AutoAssign", "true"));
        await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync("My parcel SF1234567890123 is late");

        var asked = await customer.SayAsync(HandoffTestBot.AskForPerson);

        Assert.Equal(["ticket: Assigned"], await customer.BotTextsAfterAsync(asked));
        var escalation = Assert.Single(await host.Escalations.ListOpenAsync(default));
        Assert.Contains("SF1234567890123", escalation.Summary, StringComparison.Ordinal);
    }
}
