using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.TeamsAgents;

// The agents' channel shows how long each customer has waited: waiting customers' cards are redrawn periodically.
public sealed class TeamsCardRefreshTests
{
    [Fact]
    public async Task A_waiting_customers_card_is_redrawn_with_the_minutes_waited_and_still_offers_claim()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        await using var host = await TeamsAgentsTestHost.StartWithClockAsync(clock);
        var (_, escalationId) = await host.EscalateAsync();
        var (created, thread) = await host.ThreadOfAsync(escalationId);
        Assert.Contains("Waiting for an agent · 0 min", TeamsAgentsTestHost.TextsOf(TeamsAgentsTestHost.CardOf(created.Body!["activity"]!)), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(3));

        var redrawn = await host.CardUpdateAsync(thread, card => TeamsAgentsTestHost.TextsOf(card).Contains("Waiting for an agent · 3 min", StringComparison.Ordinal));
        Assert.Equal(["handoff.claim"], TeamsAgentsTestHost.VerbsOf(TeamsAgentsTestHost.CardOf(redrawn.Body!)));
    }

    [Fact]
    public async Task A_claimed_conversations_card_is_not_redrawn_by_the_timer()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        await using var host = await TeamsAgentsTestHost.StartWithClockAsync(clock);
        var agent = await host.AddAgentAsync("alice");
        var (_, escalationId) = await host.EscalateAsync();
        var (_, thread) = await host.ThreadOfAsync(escalationId);
        Assert.Equal(Bot.Host.Handoff.DeskActionError.None, await host.Desk.ClaimAsync(agent, escalationId, default));
        await host.CardUpdateAsync(thread, card => !TeamsAgentsTestHost.VerbsOf(card).Contains("handoff.claim"));
        var cardPath = $"/teams/v3/conversations/{Uri.EscapeDataString(thread.ConversationId)}/activities/{thread.CardActivityId}";
        var updates = host.Teams.Requests.Count(r => r.Method == "PUT" && r.RawPath == cardPath);

        clock.Advance(TimeSpan.FromMinutes(5));
        // A second, waiting customer proves the timer ticked: their card is redrawn, the claimed one is not.
        var (_, waitingId) = await host.EscalateAsync();
        var (_, waitingThread) = await host.ThreadOfAsync(waitingId);
        clock.Advance(TimeSpan.FromMinutes(1));
        await host.CardUpdateAsync(waitingThread, card => TeamsAgentsTestHost.TextsOf(card).Contains("Waiting for an agent · 1 min", StringComparison.Ordinal));

        Assert.Equal(updates, host.Teams.Requests.Count(r => r.Method == "PUT" && r.RawPath == cardPath));
    }
}
