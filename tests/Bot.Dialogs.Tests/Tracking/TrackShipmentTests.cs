namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;

public sealed class TrackShipmentTests
{
    [Theory]
    [InlineData("en-US", "Track a shipment", "it's SF1234567890123 I think")]
    [InlineData("zh-CN", "查询快件", "单号是SF1234567890123")]
    public async Task Tracking_number_is_noted_honestly_and_the_menu_follows(string locale, string choice, string answer)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send(choice).AssertReply(T("AskTrackingNumber", locale))
            .Send(answer).AssertReply(T("TrackingNoted", locale, "SF1234567890123")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_tracking_number_typed_at_the_menu_goes_straight_to_tracking()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("RA123456789CN and 773012345678").AssertReply(T("TrackingNoted", "en-US", "RA123456789CN, 773012345678"))
            .AssertMenuAgain().AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Nonsense_gets_the_expected_formats_and_after_three_tries_a_person_is_offered(string locale)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send(T("MenuTrack", locale)).AssertReply(T("AskTrackingNumber", locale))
            .Send("asdf").AssertReply(T("TrackingRetry", locale))
            .Send("12345").AssertReply(T("TrackingRetry", locale))
            .Send("no idea").AssertReply(T("TooManyAttempts", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_at_the_tracking_question_explains_the_formats_and_asks_again()
    {
        await using var flow = Flow("zh-CN");

        await flow.Greeted()
            .Send("查询快件").AssertReply(T("AskTrackingNumber", "zh-CN"))
            .Send("帮助").AssertReply(T("HelpTracking", "zh-CN")).AssertReply(T("AskTrackingNumber", "zh-CN"))
            .Send("RA123456789CN").AssertReply(T("TrackingNoted", "zh-CN", "RA123456789CN")).AssertMenuAgain()
            .StartTestAsync();
    }
}
