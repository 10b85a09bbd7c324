using Bot.Domain.Complaints;
using Bot.Domain.Handoff;

namespace Bot.Domain.Tests.Handoff;

public sealed class ConversationOwnershipTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));

    private static ConversationOwnership WithAgent(string agent = "alice")
    {
        var ownership = ConversationOwnership.Start();
        ownership.Escalate(EscalationReason.CustomerAskedForPerson, T0, "customer");
        ownership.Claim(agent, T0.AddMinutes(2));
        return ownership;
    }

    [Fact]
    public void Full_cycle_bot_queued_agent_bot_records_who_when_and_why()
    {
        var ownership = WithAgent();

        ownership.HandBack("alice", T0.AddMinutes(10));

        Assert.Equal(OwnerState.Bot, ownership.State);
        Assert.Null(ownership.AgentId);
        Assert.Collection(
            ownership.History,
            t => Assert.Equal((OwnerState.Bot, OwnerState.Queued, "customer", "CustomerAskedForPerson", T0), (t.From, t.To, t.Actor, t.Reason, t.At)),
            t => Assert.Equal((OwnerState.Queued, OwnerState.Agent, "alice", OwnershipReasons.Claimed, "alice"), (t.From, t.To, t.Actor, t.Reason, t.AgentId)),
            t => Assert.Equal((OwnerState.Agent, OwnerState.Bot, "alice", OwnershipReasons.HandedBack), (t.From, t.To, t.Actor, t.Reason)));
    }

    [Fact]
    public void Claiming_a_conversation_that_is_not_queued_is_rejected_and_changes_nothing()
    {
        var ownership = ConversationOwnership.Start();

        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.Claim("alice", T0));

        Assert.Equal(OwnerState.Bot, ownership.State);
        Assert.Empty(ownership.History);
    }

    [Fact]
    public void A_second_agent_cannot_claim_a_conversation_already_claimed()
    {
        var ownership = WithAgent("alice");

        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.Claim("bob", T0.AddMinutes(3)));
        Assert.Equal("alice", ownership.AgentId);
    }

    [Fact]
    public void Only_the_owning_agent_transfers_but_a_supervisor_may_reassign()
    {
        var ownership = WithAgent("alice");

        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.Transfer("bob", "carol", T0.AddMinutes(5)));
        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.HandBack("bob", T0.AddMinutes(5)));

        ownership.Transfer("alice", "bob", T0.AddMinutes(5));
        Assert.Equal("bob", ownership.AgentId);

        ownership.Transfer("sam", "carol", T0.AddMinutes(6), bySupervisor: true);
        Assert.Equal("carol", ownership.AgentId);
        Assert.Equal(OwnershipReasons.Reassigned, ownership.History[^1].Reason);
    }

    [Fact]
    public void Escalating_twice_is_rejected()
    {
        var ownership = ConversationOwnership.Start();
        ownership.Escalate(EscalationReason.LegalThreat, T0, "bot");

        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.Escalate(EscalationReason.KeyAccount, T0, "bot"));
    }

    [Fact]
    public void Customer_can_leave_the_queue_and_return_to_the_bot()
    {
        var ownership = ConversationOwnership.Start();
        ownership.Escalate(EscalationReason.RepeatedMisunderstanding, T0, "bot");

        ownership.LeaveQueue(T0.AddMinutes(1), "customer");

        Assert.Equal(OwnerState.Bot, ownership.State);
        Assert.Equal(OwnershipReasons.CustomerLeftQueue, ownership.History[^1].Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_state_but_closed_can_close_and_closed_is_final(int steps)
    {
        var ownership = ConversationOwnership.Start();
        if (steps >= 1)
        {
            ownership.Escalate(EscalationReason.Overdue, T0, "bot");
        }
        if (steps >= 2)
        {
            ownership.Claim("alice", T0);
        }

        ownership.Close(T0.AddHours(1), "alice", OwnershipReasons.Resolved);

        Assert.Equal(OwnerState.Closed, ownership.State);
        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.Close(T0.AddHours(2), "alice", OwnershipReasons.Resolved));
        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.Escalate(EscalationReason.Overdue, T0.AddHours(2), "bot"));
    }

    [Fact]
    public void Restored_ownership_continues_from_its_history()
    {
        var original = WithAgent("alice");

        var restored = ConversationOwnership.Restore(original.History);

        Assert.Equal(OwnerState.Agent, restored.State);
        Assert.Equal("alice", restored.AgentId);
        restored.HandBack("alice", T0.AddMinutes(30));
        Assert.Equal(OwnerState.Bot, restored.State);
    }

    [Fact]
    public void A_transition_earlier_than_the_last_one_is_rejected()
    {
        var ownership = WithAgent();

        Assert.Throws<IllegalOwnershipTransitionException>(() => ownership.HandBack("alice", T0.AddMinutes(-1)));
        Assert.Equal(OwnerState.Agent, ownership.State);
    }
}
