using Bot.Dialogs.Surveys;
using Bot.Domain.Surveys;

namespace Bot.Dialogs.Tests.Surveys;

using static SurveyFlows;

public sealed class SurveyAnswerTests
{
    private static readonly SurveyRequest AfterAgent = new(
        SurveyTrigger.AfterAgentHandback, SurveyHandler.Agent, AgentId: "agent-7", TrackingNumber: "sf 1234567890123", ComplaintReference: "CMP-2025-000042");

    public static TheoryData<string, string[]> FullAnswers => new()
    {
        { "en-US", ["4", "five", "3", "satisfied", "I'd give them 5 stars", "9", "4", "5", "The driver was very friendly"] },
        { "zh-CN", ["4", "五", "3", "满意", "5分", "九", "四", "5", "司机很热情"] },
    };

    [Theory]
    [MemberData(nameof(FullAnswers))]
    public async Task Every_answer_is_stored_field_by_field_with_who_served_and_what_it_was_about(string locale, string[] answers)
    {
        await using var flow = Hosted(AfterAgent, locale, o => o.AskExpectation = true);

        await flow.AtFirstQuestion()
            .Send(answers[0]).AssertReply(S("SurveyOnTime", locale)).AssertSuggestedActions(Scale(1, 5, locale))
            .Send(answers[1]).AssertReply(S("SurveyCondition", locale))
            .Send(answers[2]).AssertReply(S("SurveyTrackingInformation", locale))
            .Send(answers[3]).AssertReply(S("SurveyStaffAttitude", locale))
            .Send(answers[4]).AssertReply(S("SurveyNps", locale)).AssertSuggestedActions(Scale(0, 10, locale))
            .Send(answers[5]).AssertReply(S("SurveyExpected", locale))
            .Send(answers[6]).AssertReply(S("SurveyPerceived", locale))
            .Send(answers[7]).AssertReply(S("SurveyComment", locale)).AssertSuggestedActions(S("SurveySkip", locale))
            .Send(answers[8]).AssertReply(S("SurveyThanks", locale)).AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.Equal(new SurveyAnswers(4, 5, 3, 4, 5, 9, answers[8], 4, 5), response.Answers);
        Assert.False(response.Skipped);
        Assert.Equal((SurveyTrigger.AfterAgentHandback, SurveyHandler.Agent, "agent-7"), (response.Offer.Trigger, response.Offer.HandledBy, response.Offer.AgentId));
        Assert.Equal(("SF1234567890123", "CMP-2025-000042"), (response.Offer.Shipment?.Value, response.Offer.Complaint?.ToString()));
        Assert.Equal((flow.ChannelId, flow.ConversationId), (response.Offer.Conversation.ChannelId, response.Offer.Conversation.ConversationId));
        Assert.Equal((flow.ChannelId, locale, Now), (response.Channel, response.Locale, response.At));
        Assert.Null(response.CustomerId);
        Assert.Equal(SatisfactionBand.VerySatisfied, SatisfactionIndex.Of(response.Answers)!.Band);
    }

    [Theory]
    [InlineData("en-US", "Not now")]
    [InlineData("en-US", "no")]
    [InlineData("zh-CN", "以后再说")]
    [InlineData("zh-CN", "不用")]
    public async Task Declining_at_the_consent_question_ends_it_and_records_it_as_skipped(string locale, string answer)
    {
        await using var flow = Hosted(AfterAgent, locale);

        await flow.Send("hi").AssertReply(S("SurveyConsent", locale))
            .Send(answer).AssertReply(S("SurveyDeclined", locale)).AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.True(response.Skipped);
        Assert.Equal(new SurveyAnswers(), response.Answers);
    }

    [Theory]
    [InlineData("en-US", "skip", "not now")]
    [InlineData("zh-CN", "跳过", "不想答了")]
    public async Task Skip_leaves_one_question_out_and_not_now_stops_with_what_was_answered(string locale, string skip, string stop)
    {
        await using var flow = Hosted(AfterAgent, locale);

        await flow.AtFirstQuestion()
            .Send("2").AssertReply(S("SurveyOnTime", locale))
            .Send(skip).AssertReply(S("SurveyCondition", locale))
            .Send(S("SurveySkip", locale)).AssertReply(S("SurveyTrackingInformation", locale))
            .Send(stop).AssertReply(S("SurveyStopped", locale))
            // CSAT 2 is a low score even when the survey stops: apology, recovery case, a person offered.
            .AssertReply(S("SurveyLowApology", locale)).AssertReplyContains("CMP-2025-")
            .AssertReply(S("SurveyOfferPerson", locale))
            .Send(S("SurveyNoThanks", locale)).AssertReply(S("SurveyOfferDeclined", locale)).AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.True(response.Skipped);
        Assert.Equal(new SurveyAnswers(Csat: 2), response.Answers);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Nonsense_at_every_question_is_asked_again_with_the_scale(string locale)
    {
        await using var flow = Hosted(AfterAgent, locale, o => o.AskExpectation = true);

        await flow.Send("hi").AssertReply(S("SurveyConsent", locale))
            .Send("qwzx").AssertReply(S("SurveyConsentRetry", locale)).AssertSuggestedActions(S("SurveyYes", locale), S("SurveyNotNow", locale))
            .Send(S("SurveyYes", locale)).AssertReply(S("SurveyHowTo", locale)).AssertReply(S("SurveyCsat", locale))
            .Send("qwzx").AssertReply(S("SurveyRatingRetry", locale, 1, 5)).AssertSuggestedActions(Scale(1, 5, locale))
            .Send("6").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("5").AssertReply(S("SurveyOnTime", locale))
            .Send("0").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("4.5").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("4").AssertReply(S("SurveyCondition", locale))
            .Send("great").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("4").AssertReply(S("SurveyTrackingInformation", locale))
            .Send("zzz").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("4").AssertReply(S("SurveyStaffAttitude", locale))
            .Send("zzz").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("4").AssertReply(S("SurveyNps", locale))
            .Send("11").AssertReply(S("SurveyRatingRetry", locale, 0, 10)).AssertSuggestedActions(Scale(0, 10, locale))
            .Send("10").AssertReply(S("SurveyExpected", locale))
            .Send("zzz").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("3").AssertReply(S("SurveyPerceived", locale))
            .Send("zzz").AssertReply(S("SurveyRatingRetry", locale, 1, 5))
            .Send("3").AssertReply(S("SurveyComment", locale))
            .Send(CustomerService.Photo()).AssertReply(S("SurveyCommentRetry", locale))
            .Send("no").AssertReply(S("SurveyThanks", locale)).AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.Equal(new SurveyAnswers(5, 4, 4, 4, 4, 10, null, 3, 3), response.Answers);
    }

    [Fact]
    public async Task A_question_not_understood_three_times_is_left_out()
    {
        await using var flow = Hosted(AfterAgent);

        await flow.AtFirstQuestion()
            .Send("a").AssertReply(S("SurveyRatingRetry", "en-US", 1, 5))
            .Send("b").AssertReply(S("SurveyRatingRetry", "en-US", 1, 5))
            .Send("c").AssertReply(S("SurveyOnTime", "en-US"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_buttons_on_the_channel_the_scale_is_in_the_question_and_plain_words_answer()
    {
        await using var flow = Hosted(AfterAgent, survey: null, channelId: "sms");

        await flow.Send("hi").AssertReply(a => Assert.Equal($"{S("SurveyConsent", "en-US")}\n1. Yes\n2. Not now", a.Text))
            .Send("yes").AssertReply(S("SurveyHowTo", "en-US"))
            .AssertReply(a =>
            {
                Assert.Equal(S("SurveyCsat", "en-US"), a.Text);
                Assert.Null(a.SuggestedActions);
                Assert.Null(a.Attachments);
            })
            .Send("four").AssertReply(S("SurveyOnTime", "en-US"))
            .StartTestAsync();
    }
}
