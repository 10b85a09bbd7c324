using Bot.Dialogs.Surveys;
using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Domain.Surveys;
using Bot.Protocol.Schema;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Surveys;

using static SurveyFlows;

public sealed class LowScoreTests
{
    // A contact of the demo key account Huaxin Electronics (CUST-1001) who writes from Teams.
    private const string KeyAccount = "CUST-1001";
    private const string KeyAccountContact = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

    private static readonly SurveyRequest AfterTracking = new(SurveyTrigger.AfterTracking, TrackingNumber: "SF1234567890123");

    // Friday 15:00 in Shanghai + 16 business hours (general tier): 3 h on Friday, 9 h on Monday, 4 h on Tuesday.
    private static readonly DateTimeOffset Promised = new(2025, 5, 20, 13, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("en-US", "1", "8", "It took far too long", "Tuesday 20 May 2025, 13:00 (UTC+08:00)")]
    [InlineData("zh-CN", "一", "8", "太慢了", "2025年5月20日 星期二 13:00（UTC+08:00）")]
    [InlineData("en-US", "4", "3", "skip", "Tuesday 20 May 2025, 13:00 (UTC+08:00)")]
    public async Task A_low_score_gets_an_apology_a_recovery_case_across_the_weekend_and_the_offer_of_a_person(
        string locale, string csat, string nps, string comment, string promised)
    {
        await using var flow = Hosted(AfterTracking, locale);
        ComplaintReference? reference = null;

        await flow.AtFirstQuestion()
            .Send(csat).AssertReply(S("SurveyOnTime", locale))
            .Send("skip").AssertReply(S("SurveyCondition", locale))
            .Send("skip").AssertReply(S("SurveyTrackingInformation", locale))
            .Send("skip").AssertReply(S("SurveyStaffAttitude", locale))
            .Send("skip").AssertReply(S("SurveyNps", locale))
            .Send(nps).AssertReply(S("SurveyComment", locale))
            .Send(comment)
            .Do("find the recovery case", async (services, ct) => reference = Assert.Single(await ComplaintsOfAsync(services, flow.ConversationId, ct)))
            .AssertReply(S("SurveyThanks", locale))
            .AssertReply(S("SurveyLowApology", locale))
            .AssertReply(
                a => Assert.Equal(S("SurveyRecoveryCase", locale, reference, promised), a.Text),
                "the recovery case with its reference and promised time")
            .AssertReply(S("SurveyOfferPerson", locale)).AssertSuggestedActions(S("SurveyPerson", locale), S("SurveyNoThanks", locale))
            .Send(S("SurveyPerson", locale)).AssertReply(CustomerService.T("NoAgents", locale)).AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();

        var recovery = await flow.Services.GetRequiredService<IComplaintStore>().FindAsync(reference!, CancellationToken.None);
        Assert.NotNull(recovery);
        var details = recovery.Details;
        Assert.Equal((ComplaintCategory.Other, Department.CustomerService, EscalationReason.LowSatisfactionScore),
            (details.Category, details.Department, recovery.EscalationReason));
        Assert.Equal((Promised, Now, locale, "SF1234567890123"), (details.PromisedBy, details.OpenedAt, details.Locale, details.TrackingNumber?.Value));
        Assert.Equal((flow.ChannelId, flow.ConversationId), (details.Conversation?.ChannelId, details.Conversation?.ConversationId));
        Assert.Equal(S("SurveyRecoverySummary", locale, csat == "4" ? "4" : "1", nps), details.Summary);
        Assert.Equal(comment == "skip" ? details.Summary : comment, details.Description);
        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.True(response.Answers.IsLow);
    }

    [Fact]
    public async Task A_known_teams_contact_is_attributed_and_their_tier_sets_the_promised_time()
    {
        await using var flow = Hosted(AfterTracking, channelId: Channels.MsTeams);
        var contact = new ChannelAccount(TestUsers.User.Id!, "Li Wei", RoleTypes.User) { AadObjectId = KeyAccountContact };

        await flow.Send(new Activity { Type = ActivityTypes.Message, Text = "hi", From = contact }).AssertReply(S("SurveyConsent", "en-US"))
            // Six buttons do not fit Teams' three suggested actions: the question comes as a card with buttons.
            .Send("yes").AssertReply(S("SurveyHowTo", "en-US"))
            .AssertReply(Card(S("SurveyCsat", "en-US")), "the question on a card")
            .Send("1").AssertReply(Card(S("SurveyOnTime", "en-US")), "the next question on a card")
            .Send("not now").AssertReply(S("SurveyStopped", "en-US")).AssertReply(S("SurveyLowApology", "en-US"))
            // Key accounts: 4 business hours from Friday 15:00 are 3 h on Friday and 1 h on Monday.
            .AssertReplyContains("Monday 19 May 2025, 10:00 (UTC+08:00)")
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None, Channels.MsTeams));
        Assert.Equal(KeyAccount, response.CustomerId);
        var recovery = await flow.Services.GetRequiredService<IComplaintStore>().FindAsync(
            Assert.Single(await ComplaintsOfAsync(flow.Services, flow.ConversationId, CancellationToken.None)), CancellationToken.None);
        Assert.Equal((KeyAccount, CustomerTier.Key), (recovery!.Details.CustomerId, recovery.Details.Tier));
    }

    [Fact]
    public async Task A_good_score_is_thanked_without_a_case()
    {
        await using var flow = Hosted(AfterTracking);

        await flow.AtFirstQuestion()
            .Send("5").AssertReply(S("SurveyOnTime", "en-US"))
            .Send("not now").AssertReply(S("SurveyStopped", "en-US")).AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Empty(await ComplaintsOfAsync(flow.Services, flow.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task Perceived_below_expected_is_acknowledged_in_the_thanks()
    {
        await using var flow = Hosted(AfterTracking, survey: o => o.AskExpectation = true);

        await flow.AtFirstQuestion()
            .Send("3").AssertReply(S("SurveyOnTime", "en-US"))
            .Send("skip").AssertReply(S("SurveyCondition", "en-US"))
            .Send("skip").AssertReply(S("SurveyTrackingInformation", "en-US"))
            .Send("skip").AssertReply(S("SurveyStaffAttitude", "en-US"))
            .Send("skip").AssertReply(S("SurveyNps", "en-US"))
            .Send("7").AssertReply(S("SurveyExpected", "en-US"))
            .Send("5").AssertReply(S("SurveyPerceived", "en-US"))
            .Send("3").AssertReply(S("SurveyComment", "en-US"))
            .Send("skip").AssertReply(S("SurveyThanksBelowExpectation", "en-US")).AssertReply(SurveyHost.Over).AssertNoMoreReplies()
            .StartTestAsync();
    }

    private static Action<Activity> Card(string text) =>
        reply => Assert.Equal(text, reply.Attachments?.Single().Content?["text"]?.GetValue<string>());
}
