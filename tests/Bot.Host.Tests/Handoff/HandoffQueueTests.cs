using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.Handoff;

public sealed class HandoffQueueTests
{
    [Fact]
    public async Task A_request_is_queued_first_with_an_unknown_wait_and_the_next_one_second()
    {
        await using var host = new HandoffHost();
        await host.AddAgentAsync("alice");
        var first = await host.StartCustomerAsync();
        var second = await host.StartCustomerAsync();

        var firstTicket = await host.RequestAsync(first);
        var secondTicket = await host.RequestAsync(second);

        Assert.Equal(HandoffOutcome.Queued, firstTicket.Outcome);
        Assert.Equal(1, firstTicket.Position);
        Assert.Null(firstTicket.EstimatedWait);
        Assert.Equal(HandoffOutcome.Queued, secondTicket.Outcome);
        Assert.Equal(2, secondTicket.Position);
        Assert.Equal(OwnerState.Queued, await host.Requests.OwnerOfAsync(first.Address, default));
        var announced = await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.NewItem && e.EscalationId == secondTicket.EscalationId);
        Assert.Equal(2, announced.Entry!.Position);
        Assert.Contains("hello", announced.Entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_again_while_queued_keeps_the_place()
    {
        await using var host = new HandoffHost();
        await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        var ticket = await host.RequestAsync(customer);

        var again = await host.RequestAsync(customer);

        Assert.Equal(HandoffOutcome.AlreadyEscalated, again.Outcome);
        Assert.Equal(ticket.EscalationId, again.EscalationId);
        Assert.Equal(1, again.Position);
        Assert.Single(await host.Escalations.ListOpenAsync(default));
    }

    [Fact]
    public async Task A_key_account_goes_ahead_of_a_general_customer_who_waited_less()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new HandoffHost(time);
        var alice = await host.AddAgentAsync("alice");
        var general = await host.StartCustomerAsync();
        var generalTicket = await host.RequestAsync(general, CustomerTier.General);
        time.Advance(TimeSpan.FromMinutes(5));
        var key = await host.StartCustomerAsync();

        var keyTicket = await host.RequestAsync(key, CustomerTier.Key);

        Assert.Equal(1, keyTicket.Position);
        var queue = await host.Desk.QueueAsync(alice, default);
        Assert.Equal([keyTicket.EscalationId, generalTicket.EscalationId], queue.Select(e => e.EscalationId));
        Assert.Equal([1, 2], queue.Select(e => e.Position));
        Assert.True(queue[0].Priority > queue[1].Priority);
    }

    [Fact]
    public async Task The_wait_estimate_comes_from_recent_handle_times()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new HandoffHost(time);
        var alice = await host.AddAgentAsync("alice");
        var served = await host.StartCustomerAsync();
        var ticket = await host.RequestAsync(served);
        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(alice, ticket.EscalationId!, default));
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(DeskActionError.None, await host.Desk.ResolveAsync(alice, ticket.EscalationId!, "answered", default));
        Assert.Equal(DeskActionError.None, await host.Desk.HandBackAsync(alice, ticket.EscalationId!, default));

        var next = await host.RequestAsync(await host.StartCustomerAsync());

        Assert.Equal(HandoffOutcome.Queued, next.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(6), next.EstimatedWait);
    }

    [Fact]
    public async Task Outside_opening_hours_the_ticket_gives_the_next_opening_and_nothing_is_queued()
    {
        // Saturday 2026-03-07 10:00 in Shanghai.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var host = new HandoffHost(time, null, ("Handoff:OpeningHours:AlwaysOpen", "false"));
        await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();

        var ticket = await host.RequestAsync(customer);

        Assert.Equal(HandoffOutcome.OutsideOpeningHours, ticket.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(8)), ticket.NextOpening);
        Assert.Equal(TimeSpan.FromHours(8), ticket.NextOpening!.Value.Offset);
        Assert.Empty(await host.Escalations.ListOpenAsync(default));
        Assert.Equal(OwnerState.Bot, await host.Requests.OwnerOfAsync(customer.Address, default));
    }

    [Fact]
    public async Task With_nobody_online_for_the_language_the_ticket_says_so()
    {
        await using var host = new HandoffHost(null, null, ("Handoff:QueueWithoutOnlineAgents", "false"));
        await host.AddAgentAsync("away", AgentPresence.Away);
        await host.AddAgentAsync("english", AgentPresence.Online, 3, AgentRoles.Agent, "en");
        var customer = await host.StartCustomerAsync("你好");

        var ticket = await host.RequestAsync(customer, language: "zh");

        Assert.Equal(HandoffOutcome.NoAgentOnline, ticket.Outcome);
        Assert.Empty(await host.Escalations.ListOpenAsync(default));
    }

    [Fact]
    public async Task A_message_left_for_a_callback_gets_a_reference_of_the_day()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 7, 23, 30, 0, TimeSpan.FromHours(8)));
        await using var host = new HandoffHost(time);
        var customer = await host.StartCustomerAsync();

        var reference = await host.Requests.LeaveMessageAsync(customer.Address, "Please call me on 138 0013 8000", "zh-CN", default);

        Assert.Equal("CB-20260307-0001", reference);
        var stored = await host.Service<ICallbackCaseStore>().FindAsync(reference, default);
        Assert.Equal(("zh", "Please call me on 138 0013 8000", CallbackReasons.LeftMessage), (stored!.Language, stored.Text, stored.Reason));
    }
}
