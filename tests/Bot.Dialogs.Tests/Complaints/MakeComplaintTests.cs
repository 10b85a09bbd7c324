using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Protocol.Schema;

namespace Bot.Dialogs.Tests.Complaints;

using static ComplaintFlows;
using static CustomerService;

public sealed class MakeComplaintTests
{
    private static readonly DateTimeOffset TuesdayAt13 = new(2025, 6, 10, 13, 0, 0, China);

    [Theory]
    [InlineData("en-US", "I handed my goods to you more than 10 days ago and they still haven't arrived", "138 0013 8000", "13800138000",
        "yes", "Please deliver them tomorrow and tell me why they were late")]
    [InlineData("zh-CN", "我的货都交给你们10多天了，怎么还没有到？", "139-1234-5678", "13912345678", "是的", "请尽快送到，并告诉我为什么延误")]
    public async Task A_scripted_delay_complaint_produces_all_nine_steps_in_order(
        string locale, string description, string phone, string storedPhone, string yes, string desired)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();
        var delay = C("Category.Delay", locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale))
            .AssertReply(C("ComplaintApology", locale))                                     // 1. apologise
            .AssertReply(C("AskDescription", locale))                                       // 2. in the customer's own words
            .Send(description).AssertReply(C("AskWaybill", locale))                         // 3. the waybill number
            .Send(LateGeneral).AssertReply(C("AskPhone", locale))                           // 4. a contact phone
            .Send(phone).AssertReply(C("CategoryConfirm", locale, delay)).AssertSuggestedActions(Say(locale, "Yes", "是"), Say(locale, "No", "否"))
            .Send(yes).AssertReply(C("ConfirmFacts", locale, description, LateGeneral, storedPhone, delay, C("Feeling.Delay", locale)))
            .Send(yes).AssertReply(C("AskDesired", locale))                                 // 5. restated, confirmed; 6. open question
            .Send(desired).AssertRegistered(complaint)
            .AssertReply(C("ComplaintPromise", locale, Shown(TuesdayAt13, locale)))          // 7. promised time
            .AssertReply(C("Department.Transport", locale))                                  // 8. the department
            .AssertReply(C("GoodsStatus", locale, LateGeneral, C("Stage.InTransit", locale), "Wuhan hub 武汉转运中心",
                Shown(Friday.AddHours(-(9 * 24) - 6), locale)) + C("GoodsLate", locale, Shown(Friday.AddDays(-7), locale))) // 9. goods status
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the stored complaint", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                var details = stored.Details;
                Assert.Equal(ComplaintStatus.Open, stored.Status);
                Assert.Equal(Friday, details.OpenedAt);
                Assert.Equal(Channels.DirectLine, details.Channel);
                Assert.Equal(new Domain.Conversations.ConversationAddress(flow.ChannelId, flow.ConversationId), details.Conversation);
                Assert.Equal(locale, details.Locale);
                Assert.Equal(GeneralCustomer, details.CustomerId);
                Assert.Equal(CustomerTier.General, details.Tier);
                Assert.Equal(storedPhone, details.ContactPhone);
                Assert.Equal(LateGeneral, details.TrackingNumber?.Value);
                Assert.Equal(ComplaintCategory.Delay, details.Category);
                Assert.Equal(description, details.Description);
                Assert.Equal(C("ConfirmFacts", locale, description, LateGeneral, storedPhone, delay, C("Feeling.Delay", locale)), details.Summary);
                Assert.Equal(desired, details.DesiredResolution);
                Assert.Equal(TuesdayAt13, details.PromisedBy);
                Assert.Equal(Department.Transport, details.Department);
                Assert.Equal(ComplaintSeverity.Normal, details.Severity);
                Assert.Equal(0, details.PhotoCount);
                Assert.Null(details.EscalationReason);
                Assert.Null(stored.EscalationReason);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("zh-CN", "我的货都交给你们10多天了，怎么还没有到？")]
    [InlineData("en-US", "I handed my goods to you more than 10 days ago, why haven't they arrived?")]
    [InlineData("en-US", "My goods were handed to you more than 10 days ago, I want to complain that they still haven't arrived")]
    public async Task The_seed_opening_message_starts_the_complaint_without_asking_the_problem_again(string locale, string opening)
    {
        await using var flow = ComplaintFlow(locale);

        await flow.Send(opening)
            .AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskWaybill", locale)).AssertNoMoreReplies()
            .Send(LateGeneral).AssertReply(C("AskPhone", locale))
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "I don't have one")]
    [InlineData("zh-CN", "没有单号")]
    public async Task A_complaint_without_a_waybill_is_registered_without_one(string locale, string none)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();
        var description = Say(locale, "The courier was rude to me at the door", "快递员态度很差，对我很没礼貌");
        var staff = C("Category.StaffAttitudeOrConduct", locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(description).AssertReply(C("AskWaybill", locale))
            .Send(none).AssertReply(C("AskPhone", locale))
            .Send("010-6552 9988").AssertReply(C("CategoryConfirm", locale, staff))
            .Send(Say(locale, "yes", "是")).AssertReply(C("ConfirmFacts", locale, description, C("NoWaybill", locale), "010-65529988", staff,
                C("Feeling.StaffAttitudeOrConduct", locale)))
            .Send(Say(locale, "yes", "是")).AssertReply(C("AskDesired", locale))
            .Send(Say(locale, "skip", "跳过")).AssertRegistered(complaint)
            .AssertReply(C("ComplaintPromise", locale, Shown(TuesdayAt13, locale)))
            .AssertReply(C("Department.CustomerService", locale))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the stored complaint", async (services, ct) =>
            {
                var details = (await complaint.LoadAsync(services, ct)).Details;
                Assert.Null(details.TrackingNumber);
                Assert.Null(details.CustomerId);
                Assert.Equal(CustomerTier.General, details.Tier);
                Assert.Null(details.DesiredResolution);
                Assert.Equal(Department.CustomerService, details.Department);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "it's SF9999999999999")]
    [InlineData("zh-CN", "单号是SF9999999999999")]
    public async Task An_unknown_waybill_is_said_so_and_a_correct_one_is_taken(string locale, string unknown)
    {
        await using var flow = ComplaintFlow(locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(Say(locale, "My parcel is very late", "我的包裹晚了很久")).AssertReply(C("AskWaybill", locale))
            .Send(unknown).AssertReply(C("WaybillUnknown", locale, "SF9999999999999")).AssertNoMoreReplies()
            .Send(Say(locale, "sorry, SF1234567890123", "不好意思，是SF1234567890123")).AssertReply(C("AskPhone", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "SF1234567890123 was handed over 12 days ago and is still not here", "yes")]
    [InlineData("zh-CN", "SF1234567890123交给你们12天了还没到", "是")]
    public async Task A_known_waybill_in_the_description_is_proposed_instead_of_asked(string locale, string description, string yes)
    {
        await using var flow = ComplaintFlow(locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(description).AssertReply(C("ProposeWaybill", locale, LateGeneral))
            .Send(yes).AssertReply(C("AskPhone", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "call me maybe", "12345", "+44 20 7946 0000", "+442079460000")]
    [InlineData("zh-CN", "打我电话", "1380013800", "我的手机是138 0013 8000", "13800138000")]
    public async Task An_invalid_phone_gets_the_retry_and_a_valid_one_is_taken(string locale, string words, string tooShort, string valid, string stored)
    {
        await using var flow = ComplaintFlow(locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(Say(locale, "The price on my bill is wrong", "账单上的价格不对")).AssertReply(C("AskWaybill", locale))
            .Send(Say(locale, "none", "没有")).AssertReply(C("AskPhone", locale))
            .Send(words).AssertReply(C("PhoneRetry", locale))
            .Send(tooShort).AssertReply(C("PhoneRetry", locale))
            .Send(valid).AssertReply(C("CategoryConfirm", locale, C("Category.PriceOrBilling", locale)))
            .Send(Say(locale, "yes", "对")).AssertReply(a => Assert.Contains(stored, a.Text, StringComparison.Ordinal), "the restated facts with the phone")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "no", "Price or billing")]
    [InlineData("zh-CN", "不对", "8")]
    public async Task A_rejected_category_offers_the_list_of_categories(string locale, string no, string pick)
    {
        await using var flow = ComplaintFlow(locale);
        var description = Say(locale, "My parcel is very late", "我的包裹延误了好几天");

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(description).AssertReply(C("AskWaybill", locale))
            .Send(Say(locale, "I don't have one", "没有单号")).AssertReply(C("AskPhone", locale))
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .Send(no).AssertReply(a => Assert.StartsWith(C("AskCategory", locale), a.Text, StringComparison.Ordinal), "the list of categories")
            .Send(pick).AssertReply(C("ConfirmFacts", locale, description, C("NoWaybill", locale), "13800138000",
                C("Category.PriceOrBilling", locale), C("Feeling.PriceOrBilling", locale)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "It was promised for last week")]
    [InlineData("zh-CN", "说好上周送到的")]
    public async Task A_complaint_from_a_late_tracking_answer_takes_its_waybill_without_asking(string locale, string description)
    {
        await using var flow = ComplaintFlow(locale);

        await flow.Greeted()
            .Send(LateGeneral).AssertReply(_ => { }).AssertReply(_ => { })
            .Send(Tracking.TrackingFlows.TT("ActionComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(description).AssertReply(C("AskPhone", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }
}
