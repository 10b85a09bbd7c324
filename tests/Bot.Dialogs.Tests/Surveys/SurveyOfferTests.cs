using Bot.Dialogs.Surveys;
using Bot.Domain.Conversations;
using Bot.Domain.Surveys;
using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tests.Surveys;

using static SurveyFlows;

// When a survey is asked at all: the trigger's sampling rate, the switch, and the once-only rule.
public sealed class SurveyOfferTests
{
    private static readonly SurveyRequest AfterTracking = new(SurveyTrigger.AfterTracking, TrackingNumber: "SF1234567890123");
    private static readonly SurveyRequest AfterComplaint = new(SurveyTrigger.AfterComplaintResolved, ComplaintReference: "CMP-2025-000042");

    [Fact]
    public async Task A_second_survey_in_the_same_conversation_ends_silently()
    {
        await using var flow = Hosted(AfterTracking);

        await flow.Send("hi").AssertReply(S("SurveyConsent", "en-US"))
            .Send("Not now").AssertReply(S("SurveyDeclined", "en-US")).AssertReply(SurveyHost.Over)
            .Send("hi again").AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(1, await OffersAsync(flow.Services, CancellationToken.None));
        Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task A_complaint_is_surveyed_once_even_across_two_conversations()
    {
        await using var flow = Hosted(AfterComplaint, "zh-CN");
        var otherConversation = new ConversationAccount("conv-other-" + Guid.NewGuid().ToString("N")[..8]);

        await flow.Send("你好").AssertReply(S("SurveyConsent", "zh-CN"))
            .Send(new Activity { Type = ActivityTypes.Message, Text = "你好", Conversation = otherConversation })
            .AssertReply(a => Assert.Equal((SurveyHost.Over, otherConversation.Id), (a.Text, a.Conversation?.Id)))
            .AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(1, await OffersAsync(flow.Services, CancellationToken.None));
    }

    [Theory]
    [InlineData(SurveyTrigger.AfterTracking)]
    [InlineData(SurveyTrigger.AfterComplaintResolved)]
    [InlineData(SurveyTrigger.AfterAgentHandback)]
    public async Task A_sampling_rate_of_zero_never_asks_and_records_nothing(SurveyTrigger trigger)
    {
        await using var flow = Hosted(new SurveyRequest(trigger), survey: o =>
        {
            o.AfterTrackingRate = 0;
            o.AfterComplaintRate = 0;
            o.AfterAgentRate = 0;
        });

        await flow.Send("hi").AssertReply(SurveyHost.Over).AssertNoMoreReplies().StartTestAsync();

        Assert.Equal(0, await OffersAsync(flow.Services, CancellationToken.None));
    }

    [Fact]
    public async Task Surveys_switched_off_are_never_asked()
    {
        await using var flow = Hosted(AfterComplaint, survey: o => o.Enabled = false);

        await flow.Send("hi").AssertReply(SurveyHost.Over).AssertNoMoreReplies().StartTestAsync();

        Assert.Equal(0, await OffersAsync(flow.Services, CancellationToken.None));
    }

    [Fact]
    public void Sampling_draws_the_same_for_a_conversation_and_follows_the_rate_across_conversations()
    {
        var conversations = Enumerable.Range(0, 2000).Select(i => new ConversationAddress("webchat", $"conversation-{i}")).ToList();

        var sampled = conversations.Count(c => SurveySampling.IsSampled(0.3, c, SurveyTrigger.AfterTracking));

        Assert.InRange(sampled, 520, 680);
        Assert.All(conversations.Take(50), c => Assert.Equal(
            SurveySampling.Draw(c, SurveyTrigger.AfterTracking), SurveySampling.Draw(c with { }, SurveyTrigger.AfterTracking)));
        Assert.All(conversations, c => Assert.InRange(SurveySampling.Draw(c, SurveyTrigger.AfterAgentHandback), 0.0, 0.9999999999));
        Assert.DoesNotContain(conversations, c => SurveySampling.IsSampled(0, c, SurveyTrigger.AfterTracking));
        Assert.All(conversations, c => Assert.True(SurveySampling.IsSampled(1, c, SurveyTrigger.AfterTracking)));
    }
}
