namespace Bot.Dialogs.Tests.Main;

using static CustomerService;
using static OtherTexts;
using static Surveys.SurveyFlows;

// What a task asks the main loop to do next: another task (NextTask), a survey (SurveyRequest), or a person after a
// task gave up on an answer (TooManyAttempts).
public sealed class TaskFollowUpTests
{
    // A demo shipment in transit past its promised window: its answer offers a complaint or a person.
    private const string Late = "SF1234567890123";

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_complaint_asked_for_after_a_late_shipment_starts_with_that_waybill(string locale)
    {
        await using var flow = Bot(locale);

        await flow.Greeted().AtLateShipmentFollowUp(locale)
            .Send(Tracking("ActionComplain", locale)).AssertReply(Complaint("ComplaintApology", locale))
            .AssertReply(Complaint("AskDescription", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_person_asked_for_after_a_late_shipment_is_handed_off_and_the_menu_follows(string locale)
    {
        await using var flow = Bot(locale);

        await flow.Greeted().AtLateShipmentFollowUp(locale)
            .Send(Tracking("ActionPerson", locale)).AssertReply(T("NoAgents", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task The_end_of_a_tracking_conversation_offers_the_survey_then_the_menu(string locale)
    {
        await using var flow = Bot(locale);

        await flow.Greeted().AtLateShipmentFollowUp(locale)
            .Send(Tracking("ActionDone", locale)).AssertReply(S("SurveyConsent", locale))
            .Send(S("SurveyNotNow", locale)).AssertReply(S("SurveyDeclined", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.Equal((Domain.Surveys.SurveyTrigger.AfterTracking, Late), (response.Offer.Trigger, response.Offer.Shipment?.Value));
    }

    [Fact]
    public async Task Outside_the_sample_the_end_of_tracking_goes_straight_back_to_the_menu()
    {
        await using var flow = Bot(survey: o => o.AfterTrackingRate = 0);

        await flow.Greeted().AtLateShipmentFollowUp("en-US")
            .Send(Tracking("ActionDone", "en-US")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_task_that_gives_up_on_an_answer_offers_a_person_at_once(string locale)
    {
        await using var flow = Bot(locale);

        await flow.Greeted()
            .Send(T("MenuCheck", locale)).AssertReply(Complaint("AskReference", locale))
            .Send("qwzx").AssertReply(Complaint("ReferenceRetry", locale))
            .Send("qwzx").AssertReply(Complaint("ReferenceRetry", locale))
            .Send("qwzx").AssertReply(T("TooManyAttempts", locale))
            .AssertReply(T("OfferPerson", locale)).AssertSuggestedActions(T("OfferPersonYes", locale), T("OfferPersonNo", locale))
            .Send(T("OfferPersonNo", locale)).AssertReply(T("OfferDeclined", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }
}
