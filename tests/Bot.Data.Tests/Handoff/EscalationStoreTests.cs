using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;

namespace Bot.Data.Tests.Handoff;

public sealed class EscalationStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly ConversationAddress Conversation = new("directline", "conv-1");
    private TempStore _store = null!;

    private IEscalationStore Escalations => _store.Get<IEscalationStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Opened_escalation_round_trips_with_its_queueing_transition()
    {
        var escalation = Queued("esc-1", Conversation) with
        {
            CustomerId = "CUST-1",
            Tier = CustomerTier.Key,
            Severity = ComplaintSeverity.High,
            TrackingNumbers = ["SF1234567890123", "RA123456789CN"],
            ComplaintReferences = ["CMP-2026-000001"],
            ResumeHint = "track",
            Summary = "Parcel late; customer upset.",
        };
        var ownership = ConversationOwnership.Start();
        var transition = ownership.Escalate(EscalationReason.KeyAccount, Now, "bot");

        Assert.True(await Escalations.TryOpenAsync(escalation, transition, ownership.History.Count, default));

        var found = await Escalations.FindAsync("esc-1", default);
        Assert.NotNull(found);
        Assert.NotEmpty(found.Version);
        Assert.Equal(escalation with { Version = found.Version }, found, EscalationComparer.Instance);
        Assert.Equal(OwnerState.Queued, await Escalations.OwnerOfAsync(Conversation, default));
        Assert.Equal([transition], await Escalations.HistoryAsync(Conversation, default));
        Assert.Equal("esc-1", (await Escalations.FindOpenAsync(Conversation, default))?.Id);
    }

    [Fact]
    public async Task A_conversation_without_history_is_owned_by_the_bot()
    {
        Assert.Equal(OwnerState.Bot, await Escalations.OwnerOfAsync(Conversation, default));
        Assert.Empty(await Escalations.HistoryAsync(Conversation, default));
        Assert.Null(await Escalations.FindOpenAsync(Conversation, default));
    }

    [Fact]
    public async Task A_conversation_has_at_most_one_open_escalation()
    {
        var ownership = ConversationOwnership.Start();
        var transition = ownership.Escalate(EscalationReason.CustomerAskedForPerson, Now, "bot");
        Assert.True(await Escalations.TryOpenAsync(Queued("esc-1", Conversation), transition, 1, default));

        // A second request from the same (stale) history, and one that claims a later sequence: both refused.
        Assert.False(await Escalations.TryOpenAsync(Queued("esc-2", Conversation), transition, 1, default));
        Assert.False(await Escalations.TryOpenAsync(Queued("esc-3", Conversation), transition with { From = OwnerState.Bot }, 2, default));

        Assert.Null(await Escalations.FindAsync("esc-2", default));
        Assert.Null(await Escalations.FindAsync("esc-3", default));
        Assert.Single(await Escalations.HistoryAsync(Conversation, default));
    }

    [Fact]
    public async Task Parallel_claims_of_one_escalation_have_exactly_one_winner()
    {
        var queued = await OpenAsync("esc-1", Conversation);
        var history = await Escalations.HistoryAsync(Conversation, default);

        var claims = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(async () =>
        {
            var ownership = ConversationOwnership.Restore(history);
            var transition = ownership.Claim($"agent-{i}", Now.AddMinutes(1));
            var claimed = queued with { State = EscalationState.Assigned, AssignedAgentId = $"agent-{i}", ClaimedAt = Now.AddMinutes(1) };
            return await Escalations.TryUpdateAsync(claimed, transition, ownership.History.Count, default);
        })));

        var winner = Assert.Single(claims, c => c is not null);
        var stored = await Escalations.FindAsync("esc-1", default);
        Assert.Equal(winner!.AssignedAgentId, stored!.AssignedAgentId);
        Assert.Equal(winner.Version, stored.Version);
        var transitions = await Escalations.HistoryAsync(Conversation, default);
        Assert.Equal(2, transitions.Count);
        Assert.Equal(winner.AssignedAgentId, transitions[1].AgentId);
        Assert.Equal(OwnerState.Agent, await Escalations.OwnerOfAsync(Conversation, default));
    }

    [Fact]
    public async Task An_update_from_a_stale_copy_changes_nothing()
    {
        var queued = await OpenAsync("esc-1", Conversation);
        var first = await Escalations.TryUpdateAsync(queued with { NotifiedPosition = 2 }, null, 0, default);

        var stale = await Escalations.TryUpdateAsync(queued with { NotifiedPosition = 7 }, null, 0, default);

        Assert.NotNull(first);
        Assert.Null(stale);
        Assert.Equal(2, (await Escalations.FindAsync("esc-1", default))!.NotifiedPosition);
    }

    [Fact]
    public async Task Closed_escalations_leave_the_open_list_and_free_the_conversation()
    {
        var queued = await OpenAsync("esc-1", Conversation);
        var ownership = ConversationOwnership.Restore(await Escalations.HistoryAsync(Conversation, default));
        var left = ownership.LeaveQueue(Now.AddMinutes(2), "customer");
        var abandoned = queued with { State = EscalationState.Abandoned, EndedAt = Now.AddMinutes(2) };
        Assert.NotNull(await Escalations.TryUpdateAsync(abandoned, left, ownership.History.Count, default));
        var other = await OpenAsync("esc-2", new ConversationAddress("directline", "conv-2"));

        Assert.Equal(["esc-2"], (await Escalations.ListOpenAsync(default)).Select(e => e.Id));
        Assert.Equal(OwnerState.Bot, await Escalations.OwnerOfAsync(Conversation, default));
        Assert.Null(await Escalations.FindOpenAsync(Conversation, default));

        // Back with the bot, the customer may ask again.
        ownership.Escalate(EscalationReason.CustomerAskedForPerson, Now.AddMinutes(3), "bot");
        Assert.True(await Escalations.TryOpenAsync(Queued("esc-3", Conversation, Now.AddMinutes(3)), ownership.History[^1], 3, default));
        Assert.Equal(["esc-2", "esc-3"], (await Escalations.ListOpenAsync(default)).Select(e => e.Id));
        Assert.Equal(other.Id, (await Escalations.FindOpenAsync(other.Conversation, default))!.Id);
    }

    [Fact]
    public async Task Recent_handle_times_are_the_latest_finished_agent_conversations()
    {
        for (var i = 1; i <= 3; i++)
        {
            var escalation = await OpenAsync($"esc-{i}", new ConversationAddress("directline", $"c{i}"));
            await Escalations.TryUpdateAsync(escalation with
            {
                State = EscalationState.Resolved,
                ClaimedAt = Now.AddHours(i),
                ResolvedAt = Now.AddHours(i).AddMinutes(i * 2),
            }, null, 0, default);
        }
        await OpenAsync("esc-4", new ConversationAddress("directline", "c4"));

        var times = await Escalations.RecentHandleTimesAsync(2, default);

        Assert.Equal([TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(4)], times);
    }

    [Fact]
    public async Task Has_escalated_matches_whole_complaint_references_and_the_reason()
    {
        var ownership = ConversationOwnership.Start();
        var escalation = Queued("esc-1", Conversation) with
        {
            Reason = EscalationReason.Overdue,
            ComplaintReferences = ["CMP-2026-000012", "CMP-2026-000003"],
        };
        Assert.True(await Escalations.TryOpenAsync(escalation, ownership.Escalate(EscalationReason.Overdue, Now, "system"), 1, default));

        Assert.True(await Escalations.HasEscalatedAsync("CMP-2026-000003", EscalationReason.Overdue, default));
        Assert.True(await Escalations.HasEscalatedAsync("CMP-2026-000012", EscalationReason.Overdue, default));
        Assert.False(await Escalations.HasEscalatedAsync("CMP-2026-000001", EscalationReason.Overdue, default));
        Assert.False(await Escalations.HasEscalatedAsync("CMP-2026-000003", EscalationReason.HighSeverity, default));
    }

    [Fact]
    public async Task Notes_are_kept_per_escalation_in_order()
    {
        await Escalations.AddNoteAsync("esc-1", "a-1", "Customer sounds upset", Now, default);
        await Escalations.AddNoteAsync("esc-2", "a-1", "other", Now, default);
        await Escalations.AddNoteAsync("esc-1", "a-2", "<b>not html</b>", Now.AddMinutes(1), default);

        var notes = await Escalations.NotesAsync("esc-1", default);

        Assert.Equal(["Customer sounds upset", "<b>not html</b>"], notes.Select(n => n.Text));
        Assert.Equal(["a-1", "a-2"], notes.Select(n => n.AgentId));
        Assert.Equal(Now.AddMinutes(1), notes[1].At);
    }

    private async Task<Escalation> OpenAsync(string id, ConversationAddress conversation)
    {
        var ownership = ConversationOwnership.Restore(await Escalations.HistoryAsync(conversation, default));
        var transition = ownership.Escalate(EscalationReason.CustomerAskedForPerson, Now, "bot");
        Assert.True(await Escalations.TryOpenAsync(Queued(id, conversation), transition, ownership.History.Count, default));
        return (await Escalations.FindAsync(id, default))!;
    }

    private static Escalation Queued(string id, ConversationAddress conversation, DateTimeOffset? at = null) => new()
    {
        Id = id,
        Conversation = conversation,
        Channel = conversation.ChannelId,
        Language = "en",
        Reason = EscalationReason.CustomerAskedForPerson,
        Skill = Skill.Tracking,
        State = EscalationState.Queued,
        QueuedAt = at ?? Now,
    };
}
