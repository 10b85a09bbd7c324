using Bot.Domain.Shipments;
using Bot.Protocol.Schema;
using Bot.Testing;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Tests.Tracking;

using static CustomerService;
using static TrackingFlows;

// A tracking number typed in the middle of another task: a short live status, no questions, and the task goes on.
public sealed class TrackingDigressionTests
{
    [Theory]
    [InlineData("en-US", "oh and where is SF1234567890123?")]
    [InlineData("zh-CN", "对了，SF1234567890123 到哪了？")]
    public async Task A_number_mid_task_gets_a_short_status_and_the_question_is_asked_again(string locale, string text)
    {
        await using var flow = DigressionFlow(locale);

        await flow
            .Send(Say(locale, "hello", "你好")).AssertReply(DigressionHarness.Question)
            .Send(text).AssertReply(TT("SummaryLine", locale, LateInTransit, StageName(ShipmentStage.InTransit, locale))
                + " " + TT("LateNote", locale, Say(locale, "Mar 3, 10:00 AM", "3月3日 10:00"))
                + " " + TT("FactLine", locale, TT("LabelLastScan", locale), TT("PlaceAndTime", locale, "Wuhan hub 武汉转运中心",
                    Say(locale, "Mar 1, 4:00 AM (UTC+8)", "3月1日 04:00（UTC+8）"))))
            .AssertReply(DigressionHarness.Question)
            .Send(Say(locale, "red", "红色")).AssertReply(TrackingHarness.Result(Say(locale, "red", "红色"))).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Several_numbers_mid_task_get_one_line_each_without_private_details()
    {
        await using var flow = DigressionFlow("en-US");

        await flow
            .Send("hello").AssertReply(DigressionHarness.Question)
            .Send("RA123456789CN and SF0000000000000").AssertReply(reply =>
            {
                var lines = (reply.Text ?? "").Split('\n');
                Assert.Equal(2, lines.Length);
                Assert.StartsWith(TT("SummaryLine", "en-US", Delivered, StageName(ShipmentStage.Delivered, "en-US")), lines[0]);
                Assert.Equal(TT("UnknownNumber", "en-US", "SF0000000000000"), lines[1]);
                Assert.DoesNotContain("周强", reply.Text);
                Assert.Null(reply.Attachments);
                Assert.Null(reply.SuggestedActions);
            }, "one line per number")
            .AssertReply(DigressionHarness.Question).AssertNoMoreReplies()
            .StartTestAsync();
    }

    private static DialogTestFlow DigressionFlow(string locale) =>
        DialogTestFlow.Create(services => Configure(services).AddDialogBot<DigressionHarness>(), locale, Channels.DirectLine);
}
