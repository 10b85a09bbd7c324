using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;
using Bot.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Tests.Surveys;

public sealed class SurveyStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly ConversationAddress Teams = new("msteams", "19:abc@thread.v2");
    private static readonly ConversationAddress WebChat = new("webchat", "dl-42");
    private static readonly ComplaintReference Case = new(2026, 7);
    private TempStore _store = null!;

    private ISurveyStore Surveys => _store.Get<ISurveyStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Response_round_trips_every_answer_and_its_attribution()
    {
        var byAgent = new SurveyOffer(Teams, SurveyTrigger.AfterAgentHandback, SurveyHandler.Agent, "agent-li", null, Case, Now);
        var full = new SurveyResponse(byAgent, new SurveyAnswers(4, 3, 5, 2, 5, 9, "司机很有礼貌 <b>thanks</b>", 4, 5),
            false, Now.AddMinutes(3), "msteams", "zh-CN", "CUST-1001");
        var byBot = byAgent with
        {
            Trigger = SurveyTrigger.AfterTracking,
            HandledBy = SurveyHandler.Bot,
            AgentId = null,
            Shipment = TrackingNumber.Parse("SF1234567890123"),
            Complaint = null,
            At = Now.AddMinutes(10),
        };
        var skipped = new SurveyResponse(byBot, new SurveyAnswers(), true, Now.AddMinutes(11), "msteams", "en-US", null);

        await Surveys.SaveResponseAsync(full, default);
        await Surveys.SaveResponseAsync(skipped, default);

        Assert.Equal([full, skipped], await Surveys.ResponsesForAsync(Teams, default));
    }

    [Fact]
    public async Task Responses_are_listed_only_for_the_conversation_asked()
    {
        var offer = new SurveyOffer(WebChat, SurveyTrigger.AfterTracking, SurveyHandler.Bot, null, TrackingNumber.Parse("RA123456789CN"), null, Now);
        await Surveys.SaveResponseAsync(new SurveyResponse(offer, new SurveyAnswers(Csat: 5), false, Now, "webchat", "en-US", null), default);

        Assert.Single(await Surveys.ResponsesForAsync(WebChat, default));
        Assert.Empty(await Surveys.ResponsesForAsync(Teams, default));
        Assert.Empty(await Surveys.ResponsesForAsync(new ConversationAddress("directline", WebChat.ConversationId), default));
    }

    [Fact]
    public async Task A_conversation_is_offered_a_survey_only_once()
    {
        var first = new SurveyOffer(WebChat, SurveyTrigger.AfterTracking, SurveyHandler.Bot, null, TrackingNumber.Parse("SF1234567890123"), null, Now);
        var second = first with { Trigger = SurveyTrigger.AfterComplaintResolved, Shipment = null, Complaint = Case, At = Now.AddHours(1) };

        Assert.True(await Surveys.TryOfferAsync(first, default));
        Assert.False(await Surveys.TryOfferAsync(second, default));

        await using var db = await _store.CreateDbAsync();
        var stored = await db.SurveyOffers.SingleAsync();
        Assert.Equal(SurveyTrigger.AfterTracking, stored.Trigger);
        Assert.Null(stored.ComplaintReference);
    }

    [Fact]
    public async Task A_complaint_is_surveyed_only_once_even_from_another_conversation()
    {
        Assert.True(await Surveys.TryOfferAsync(
            new SurveyOffer(Teams, SurveyTrigger.AfterComplaintResolved, SurveyHandler.Bot, null, null, Case, Now), default));
        Assert.False(await Surveys.TryOfferAsync(
            new SurveyOffer(WebChat, SurveyTrigger.AfterAgentHandback, SurveyHandler.Agent, "agent-wu", null, Case, Now), default));
        Assert.True(await Surveys.TryOfferAsync(
            new SurveyOffer(WebChat, SurveyTrigger.AfterComplaintResolved, SurveyHandler.Bot, null, null, new ComplaintReference(2026, 8), Now), default));

        await using var db = await _store.CreateDbAsync();
        Assert.Equal(["CMP-2026-000007", "CMP-2026-000008"], await db.SurveyOffers.OrderBy(o => o.Id).Select(o => o.ComplaintReference).ToListAsync());
    }

    [Fact]
    public async Task Offers_without_a_complaint_in_different_conversations_all_succeed()
    {
        foreach (var id in new[] { "a", "b", "c" })
        {
            Assert.True(await Surveys.TryOfferAsync(
                new SurveyOffer(new ConversationAddress("webchat", id), SurveyTrigger.AfterTracking, SurveyHandler.Bot, null, null, null, Now), default));
        }
    }

    [Fact]
    public async Task Concurrent_offers_in_one_conversation_succeed_exactly_once()
    {
        const int Count = 16;

        var results = await Task.WhenAll(Enumerable.Range(0, Count).Select(i => Task.Run(() => Surveys.TryOfferAsync(
            new SurveyOffer(Teams, SurveyTrigger.AfterTracking, SurveyHandler.Bot, null, null, null, Now.AddSeconds(i)),
            CancellationToken.None))));

        Assert.Single(results, r => r);
        await using var db = await _store.CreateDbAsync();
        Assert.Equal(1, await db.SurveyOffers.CountAsync());
    }
}
