using Bot.Domain.Handoff;
using Bot.Host.Handoff;

namespace Bot.Host.Tests.Handoff;

public sealed class HandoffRestartTests
{
    [Fact]
    public async Task After_a_restart_mid_conversation_the_agent_still_owns_it_and_no_message_is_lost()
    {
        await using var before = new HandoffHost();
        var alice = await before.AddAgentAsync("alice");
        var customer = await before.StartCustomerAsync();
        var escalationId = (await before.RequestAsync(customer)).EscalationId!;
        Assert.Equal(DeskActionError.None, await before.Desk.ClaimAsync(alice, escalationId, default));
        Assert.Equal(DeskActionError.None, await before.Desk.SendAsync(alice, escalationId, "Hi, Alice here.", default));
        await customer.SayAsync("My parcel is late");

        // A second host over the same database file stands in for the restarted host.
        await using var after = new HandoffHost(null, before.Factory.DatabasePath);
        var resumed = new HandoffHost.Customer(after, customer.ConversationId, customer.Token);

        Assert.Equal(OwnerState.Agent, await after.Requests.OwnerOfAsync(customer.Address, default));
        var sent = await resumed.SayAsync("Are you still there?");
        Assert.Empty(await resumed.BotTextsAfterAsync(sent));
        await after.Desks.WaitForAsync(e => e.Kind == DeskEvent.LineAdded && e.Line!.Text == "Are you still there?" && e.AgentId == "alice");
        Assert.Equal(DeskActionError.None, await after.Desk.SendAsync(alice, escalationId, "Yes, checking now.", default));

        var (_, view) = await after.Desk.ConversationAsync(alice, escalationId, default);
        Assert.Equal(
            ["customer: hello", "bot: bot heard: hello", "system: Alice has joined the chat.", "agent: Hi, Alice here.",
                "customer: My parcel is late", "customer: Are you still there?", "agent: Yes, checking now."],
            view!.Transcript.Select(l => $"{l.Speaker}: {l.Text}"));
        var log = (await resumed.ActivitiesAsync()).Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"]).ToList();
        Assert.Equal(
            ["hello", "bot heard: hello", "Alice has joined the chat.", "Alice (agent): Hi, Alice here.", "My parcel is late",
                "Are you still there?", "Alice (agent): Yes, checking now."],
            log);
    }
}
