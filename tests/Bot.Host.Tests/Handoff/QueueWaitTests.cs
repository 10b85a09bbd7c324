using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.Handoff;

public sealed class QueueWaitTests
{
    [Fact]
    public async Task A_queued_customer_can_leave_the_queue_and_is_back_with_the_bot()
    {
        await using var host = new HandoffHost();
        var alice = await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        var ticket = await host.RequestAsync(customer);
        var waiting = await customer.SayAsync("are you there?");
        Assert.Empty(await customer.BotTextsAfterAsync(waiting));

        var left = await customer.SayAsync("Leave the queue, please!");

        Assert.Equal(["You've left the queue and are back with the assistant. How else can I help?"], await customer.BotTextsAfterAsync(left));
        Assert.Equal(OwnerState.Bot, await host.Requests.OwnerOfAsync(customer.Address, default));
        var abandoned = await host.Escalations.FindAsync(ticket.EscalationId!, default);
        Assert.Equal(EscalationState.Abandoned, abandoned!.State);
        Assert.NotNull(abandoned.EndedAt);
        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.StateChanged && e.State == "Abandoned");
        Assert.Empty(await host.Desk.QueueAsync(alice, default));
        var history = await host.Escalations.HistoryAsync(customer.Address, default);
        Assert.Equal(("customer", OwnershipReasons.CustomerLeftQueue), (history[^1].Actor, history[^1].Reason));
        var after = await customer.SayAsync("track my parcel");
        Assert.Equal(["bot heard: track my parcel"], await customer.BotTextsAfterAsync(after));
    }

    [Theory]
    [InlineData("退出排队")]
    [InlineData("取消")]
    [InlineData("back to the bot")]
    public async Task Leaving_the_queue_works_in_english_and_chinese(string words)
    {
        await using var host = new HandoffHost();
        await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        await host.RequestAsync(customer, language: "zh");

        await customer.SayAsync(words);

        Assert.Equal(OwnerState.Bot, await host.Requests.OwnerOfAsync(customer.Address, default));
        Assert.Equal("您已退出排队，现在由智能助手继续为您服务。还有什么可以帮您？", (await customer.BotTextsAsync()).Last());
    }

    [Fact]
    public async Task Cancel_inside_a_longer_message_is_for_the_agent_not_the_queue()
    {
        await using var host = new HandoffHost();
        await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        await host.RequestAsync(customer);

        await customer.SayAsync("I want to cancel my order");

        Assert.Equal(OwnerState.Queued, await host.Requests.OwnerOfAsync(customer.Address, default));
        await host.Desks.WaitForAsync(e => e.Kind == DeskEvent.LineAdded && e.Line!.Text == "I want to cancel my order");
    }

    [Fact]
    public async Task After_the_maximum_wait_the_customer_gets_an_apology_and_a_callback_case()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new HandoffHost(time, null, ("Handoff:MaxQueueWait", "00:10:00"));
        await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        var ticket = await host.RequestAsync(customer);
        var monitor = host.Service<HandoffMonitor>();

        time.Advance(TimeSpan.FromMinutes(9));
        await monitor.TickAsync(default);
        Assert.Equal(OwnerState.Queued, await host.Requests.OwnerOfAsync(customer.Address, default));

        time.Advance(TimeSpan.FromMinutes(1));
        await monitor.TickAsync(default);

        var callback = Assert.Single(await host.Service<ICallbackCaseStore>().ListOpenAsync(default));
        Assert.Equal((CallbackReasons.NoAgentInTime, ticket.EscalationId), (callback.Reason, callback.EscalationId));
        Assert.Matches(@"^CB-\d{8}-0001$", callback.Reference);
        var apology = (await customer.BotTextsAsync()).Last();
        Assert.StartsWith("Sorry, nobody could take your chat in time.", apology, StringComparison.Ordinal);
        Assert.Contains(callback.Reference, apology, StringComparison.Ordinal);
        Assert.Equal(OwnerState.Bot, await host.Requests.OwnerOfAsync(customer.Address, default));
        Assert.Equal(EscalationState.Callback, (await host.Escalations.FindAsync(ticket.EscalationId!, default))!.State);
        var history = await host.Escalations.HistoryAsync(customer.Address, default);
        Assert.Equal(OwnershipReasons.NoAgentInTime, history[^1].Reason);
    }

    [Fact]
    public async Task A_waiting_customer_is_told_a_new_position_once_when_it_changes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new HandoffHost(time);
        var alice = await host.AddAgentAsync("alice");
        var first = await host.RequestAsync(await host.StartCustomerAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await host.StartCustomerAsync();
        await host.RequestAsync(second);
        var monitor = host.Service<HandoffMonitor>();
        await monitor.TickAsync(default);
        var before = (await second.BotTextsAsync()).Count;

        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(alice, first.EscalationId!, default));
        time.Advance(TimeSpan.FromSeconds(10));
        await monitor.TickAsync(default);
        time.Advance(TimeSpan.FromSeconds(10));
        await monitor.TickAsync(default);

        var told = (await second.BotTextsAsync()).Skip(before).ToList();
        var update = Assert.Single(told);
        Assert.StartsWith("You are now number 1 in the queue. We can't estimate the wait yet.", update, StringComparison.Ordinal);
    }
}
