using Bot.Domain.Customers;

namespace Bot.Dialogs.Tests.Complaints;

using static ComplaintFlows;
using static CustomerService;

// The promised resolution time (R1 step 7, R14) as the customer is told it, from the SLA table and the business calendar.
public sealed class ComplaintPromiseTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_complaint_on_friday_afternoon_is_promised_for_monday_skipping_the_weekend(string locale)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();
        // Suitable tier, delay: 8 business hours = Friday 15:00–18:00, then Monday 09:00–14:00.
        var mondayAt14 = new DateTimeOffset(2025, 6, 9, 14, 0, 0, China);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(Say(locale, "My tea is very late", "我的茶叶延误了好几天")).AssertReply(C("AskWaybill", locale))
            .Send(SuitableException).AssertReply(C("AskPhone", locale))
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .Send(Say(locale, "yes", "是")).AssertReply(a => Assert.NotNull(a.Text), "the restatement")
            .Send(Say(locale, "yes", "是")).AssertReply(C("AskDesired", locale))
            .Send(Say(locale, "skip", "跳过")).AssertRegistered(complaint)
            .AssertReply(C("ComplaintPromise", locale, Shown(mondayAt14, locale)))
            .Do("check the stored promise", async (services, ct) =>
            {
                var details = (await complaint.LoadAsync(services, ct)).Details;
                Assert.Equal(CustomerTier.Suitable, details.Tier);
                Assert.Equal(mondayAt14, details.PromisedBy);
                Assert.Equal(DayOfWeek.Monday, details.PromisedBy.ToOffset(China).DayOfWeek);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Configured_service_levels_and_holidays_change_the_promise()
    {
        await using var flow = ComplaintFlow(settings: new Dictionary<string, string?>
        {
            ["Complaints:ServiceLevels:Overrides:0:Category"] = "Delay",
            ["Complaints:ServiceLevels:Overrides:0:Tier"] = "Suitable",
            ["Complaints:ServiceLevels:Overrides:0:Hours"] = "4",
            ["Complaints:BusinessHours:Holidays:0"] = "2025-06-09",
        });
        var tuesdayAt10 = new DateTimeOffset(2025, 6, 10, 10, 0, 0, China);

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send("My tea is very late").AssertReply(C("AskWaybill", "en-US"))
            .Send(SuitableException).AssertReply(C("AskPhone", "en-US"))
            .Send("13800138000").AssertReply(C("CategoryConfirm", "en-US", C("Category.Delay", "en-US")))
            .Send("yes").AssertReply(a => Assert.NotNull(a.Text), "the restatement")
            .Send("yes").AssertReply(C("AskDesired", "en-US"))
            .Send("skip").AssertReply(a => Assert.NotNull(a.Text), "the reference")
            .AssertReply(C("ComplaintPromise", "en-US", Shown(tuesdayAt10, "en-US")))
            .StartTestAsync();
    }
}
