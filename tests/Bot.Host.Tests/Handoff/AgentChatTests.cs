using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Host.Tests.DirectLine;

namespace Bot.Host.Tests.Handoff;

public sealed class AgentChatTests : IAsyncLifetime
{
    private HandoffHost _host = null!;
    private DeskAgent _alice = null!;
    private HandoffHost.Customer _customer = null!;
    private string _escalationId = null!;

    public async Task InitializeAsync()
    {
        _host = new HandoffHost();
        _alice = await _host.AddAgentAsync("alice");
        _customer = await _host.StartCustomerAsync();
        _escalationId = (await _host.RequestAsync(_customer)).EscalationId!;
        Assert.Equal(DeskActionError.None, await _host.Desk.ClaimAsync(_alice, _escalationId, default));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task While_an_agent_has_the_chat_the_bot_is_silent_and_the_desk_gets_the_message()
    {
        var sent = await _customer.SayAsync("Where is my parcel? <img src=x onerror=alert(1)>");

        Assert.Empty(await _customer.BotTextsAfterAsync(sent));
        var line = await _host.Desks.WaitForAsync(e => e.Kind == DeskEvent.LineAdded && e.Line!.Speaker == "customer");
        Assert.Equal((_escalationId, "alice"), (line.EscalationId, line.AgentId));
        Assert.Equal("Where is my parcel? <img src=x onerror=alert(1)>", line.Line!.Text);
        Assert.Equal(sent, line.Line.Id);
    }

    [Fact]
    public async Task The_agents_message_reaches_the_customer_on_direct_line_with_the_agents_name()
    {
        Assert.Equal(DeskActionError.None, await _host.Desk.SendAsync(_alice, _escalationId, "  Hello, I am looking into it.  ", default));

        var message = (await _customer.ActivitiesAsync()).Last(DirectLineTestClient.IsBotMessage);
        Assert.Equal("Alice (agent): Hello, I am looking into it.", (string?)message["text"]);
        Assert.Equal("agent", (string?)message["channelData"]!["handoff"]!["role"]);
        var line = await _host.Desks.WaitForAsync(e => e.Kind == DeskEvent.LineAdded && e.Line!.Speaker == "agent");
        Assert.Equal(("Alice", "Hello, I am looking into it."), (line.Line!.AgentName, line.Line.Text));
        Assert.NotNull((await _host.Escalations.FindAsync(_escalationId, default))!.FirstAgentReplyAt);
        var (_, view) = await _host.Desk.ConversationAsync(_alice, _escalationId, default);
        Assert.Contains(view!.Transcript, l => l.Speaker == "agent" && l.Text == "Hello, I am looking into it." && l.AgentName == "Alice");
    }

    [Fact]
    public async Task The_desk_view_holds_transcript_notes_and_the_case()
    {
        await _customer.SayAsync("It was due yesterday");
        Assert.Equal(DeskActionError.None, await _host.Desk.AddNoteAsync(_alice, _escalationId, "Check with the depot", default));

        var (error, view) = await _host.Desk.ConversationAsync(_alice, _escalationId, default);

        Assert.Equal(DeskActionError.None, error);
        Assert.Equal(["hello", "It was due yesterday"], view!.Transcript.Where(l => l.Speaker == "customer").Select(l => l.Text));
        Assert.Contains(view.Transcript, l => l.Speaker == "bot" && l.Text == "bot heard: hello");
        Assert.Contains(view.Transcript, l => l.Speaker == "system" && l.Text == "Alice has joined the chat.");
        Assert.Equal("Check with the depot", view.Transcript[^1].Text);
        Assert.Equal("note", view.Transcript[^1].Speaker);
        Assert.Equal(["SF1234567890123"], view.TrackingNumbers);
        Assert.Equal("Assigned", view.Entry.State);
        Assert.DoesNotContain("Check with the depot", await _customer.BotTextsAsync());
    }

    [Fact]
    public async Task Someone_elses_conversation_is_refused_unless_the_agent_is_a_supervisor()
    {
        var bob = await _host.AddAgentAsync("bob");
        var boss = await _host.AddAgentAsync("boss", roles: AgentRoles.Supervisor);

        Assert.Equal(DeskActionError.NotYours, await _host.Desk.SendAsync(bob, _escalationId, "hi", default));
        Assert.Equal(DeskActionError.NotYours, await _host.Desk.TypingAsync(bob, _escalationId, default));
        Assert.Equal(DeskActionError.NotYours, await _host.Desk.AddNoteAsync(bob, _escalationId, "x", default));
        Assert.Equal(DeskActionError.NotYours, await _host.Desk.ResolveAsync(bob, _escalationId, "answered", default));
        Assert.Equal(DeskActionError.NotYours, await _host.Desk.TransferAsync(bob, _escalationId, "bob", null, default));
        Assert.Equal(DeskActionError.NotYours, await _host.Desk.HandBackAsync(bob, _escalationId, default));
        Assert.Equal(DeskActionError.NotYours, (await _host.Desk.ConversationAsync(bob, _escalationId, default)).Error);
        Assert.DoesNotContain(await _host.Desk.QueueAsync(bob, default), e => e.EscalationId == _escalationId);

        Assert.Equal(DeskActionError.None, await _host.Desk.SendAsync(boss, _escalationId, "A supervisor here.", default));
        Assert.Contains(await _host.Desk.QueueAsync(boss, default), e => e.EscalationId == _escalationId);
        Assert.Equal(DeskActionError.None, await _host.Desk.TransferAsync(boss, _escalationId, "bob", null, default));
        Assert.Equal("bob", (await _host.Escalations.FindAsync(_escalationId, default))!.AssignedAgentId);
        Assert.Equal(DeskActionError.NotYours, await _host.Desk.SendAsync(_alice, _escalationId, "still mine?", default));
        Assert.Equal("Boss has passed your chat to Bob.", (await _customer.BotTextsAsync()).Last());
    }

    [Fact]
    public async Task Refusals_for_bad_input_unknown_escalations_and_wrong_states()
    {
        Assert.Equal(DeskActionError.InvalidInput, await _host.Desk.SendAsync(_alice, _escalationId, "   ", default));
        Assert.Equal(DeskActionError.InvalidInput, await _host.Desk.SendAsync(_alice, _escalationId, new string('x', 4001), default));
        Assert.Equal(DeskActionError.InvalidInput, await _host.Desk.ResolveAsync(_alice, _escalationId, "made-up", default));
        Assert.Equal(DeskActionError.InvalidInput, await _host.Desk.TransferAsync(_alice, _escalationId, null, null, default));
        Assert.Equal(DeskActionError.InvalidInput, await _host.Desk.TransferAsync(_alice, _escalationId, "nobody", null, default));
        Assert.Equal(DeskActionError.NotFound, await _host.Desk.ClaimAsync(_alice, "missing", default));
        Assert.Equal(DeskActionError.NotFound, await _host.Desk.SendAsync(_alice, "missing", "hi", default));
        Assert.Equal(DeskActionError.InvalidState, await _host.Desk.ClaimAsync(_alice, _escalationId, default));
        Assert.Equal(DeskActionError.InvalidState, await _host.Desk.TransferAsync(_alice, _escalationId, "alice", null, default));
    }

    [Fact]
    public async Task Transfer_to_a_skill_puts_the_conversation_back_in_the_queue()
    {
        Assert.Equal(DeskActionError.None, await _host.Desk.TransferAsync(_alice, _escalationId, null, Skill.Billing, default));

        var requeued = await _host.Escalations.FindAsync(_escalationId, default);
        Assert.Equal((EscalationState.Queued, Skill.Billing, null), (requeued!.State, requeued.Skill, requeued.AssignedAgentId));
        Assert.Equal(OwnerState.Queued, await _host.Requests.OwnerOfAsync(_customer.Address, default));
        Assert.Contains("another team", (await _customer.BotTextsAsync()).Last(), StringComparison.Ordinal);
        var sent = await _customer.SayAsync("still there?");
        Assert.Empty(await _customer.BotTextsAfterAsync(sent));
    }

    [Fact]
    public async Task Resolve_then_hand_back_records_both_and_the_bot_gets_the_handed_back_event()
    {
        Assert.Equal(DeskActionError.None, await _host.Desk.ResolveAsync(_alice, _escalationId, "answered", default));
        Assert.Equal(DeskActionError.InvalidState, await _host.Desk.ResolveAsync(_alice, _escalationId, "answered", default));
        Assert.Equal(OwnerState.Agent, await _host.Requests.OwnerOfAsync(_customer.Address, default));

        Assert.Equal(DeskActionError.None, await _host.Desk.HandBackAsync(_alice, _escalationId, default));

        var handedBack = await _host.Bot.HandedBack;
        Assert.Equal("alice", (string?)handedBack.Value![HandoffEvents.AgentIdProperty]);
        Assert.Equal("Alice", (string?)handedBack.Value[HandoffEvents.AgentNameProperty]);
        Assert.Equal(_escalationId, (string?)handedBack.Value[HandoffEvents.EscalationIdProperty]);
        Assert.Equal("answered", (string?)handedBack.Value[HandoffEvents.OutcomeProperty]);
        Assert.Equal("Alice has left the chat. You're back with the assistant.", (await _customer.BotTextsAsync()).Last());
        var record = await _host.Escalations.FindAsync(_escalationId, default);
        Assert.Equal(EscalationState.HandedBack, record!.State);
        Assert.NotNull(record.ResolvedAt);
        Assert.NotNull(record.HandedBackAt);
        Assert.Equal("answered", record.OutcomeCode);
        Assert.Equal(OwnerState.Bot, await _host.Requests.OwnerOfAsync(_customer.Address, default));
        var sent = await _customer.SayAsync("thanks");
        Assert.Equal(["bot heard: thanks"], await _customer.BotTextsAfterAsync(sent));
    }
}
