using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Dialogs.Tests.Complaints;

using static ComplaintFlows;
using static CustomerService;

// Immediate escalation at intake (R8): recorded with the complaint and told honestly to the customer.
public sealed class ComplaintEscalationTests
{
    [Theory]
    [InlineData("en-US", "The box arrived crushed and the vase is broken", "3500", "¥3,500")]
    [InlineData("zh-CN", "箱子被摔坏了，里面的花瓶碎了", "大概3500元", "3,500 元")]
    public async Task Damage_with_a_photo_and_a_value_above_the_threshold_is_escalated_as_high_severity(
        string locale, string description, string value, string shownValue)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();
        var damage = C("Category.DamageOrDeterioration", locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(description).AssertReply(C("AskWaybill", locale))
            .Send(Say(locale, "I don't have one", "没有")).AssertReply(C("AskPhone", locale))
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, damage))
            .Send(Say(locale, "yes", "是")).AssertReply(C("AskPhoto", locale))
            .Send(Photo()).AssertReply(C("AskValue", locale))
            .Send(value).AssertReply(C("ConfirmFactsDamage", locale, description, C("NoWaybill", locale), "13800138000", damage,
                C("Feeling.DamageOrDeterioration", locale), 1, shownValue))
            .Send(Say(locale, "yes", "是")).AssertReply(C("AskDesired", locale))
            .Send(Say(locale, "A refund please", "请给我退款")).AssertRegistered(complaint)
            .AssertReply(C("ComplaintPromise", locale, Shown(new DateTimeOffset(2025, 6, 9, 14, 0, 0, China), locale)))
            .AssertReply(C("Department.Packaging", locale))
            .AssertReply(C("Escalated.HighSeverity", locale))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the stored complaint", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                Assert.Equal(ComplaintSeverity.High, stored.Details.Severity);
                Assert.Equal(EscalationReason.HighSeverity, stored.EscalationReason);
                Assert.Equal(EscalationReason.HighSeverity, stored.Details.EscalationReason);
                Assert.Equal(1, stored.Details.PhotoCount);
                Assert.Equal(ComplaintCategory.DamageOrDeterioration, stored.Details.Category);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Damage_below_the_threshold_without_photos_stays_normal()
    {
        await using var flow = ComplaintFlow();
        var complaint = new ComplaintHolder();

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send("The box arrived crushed").AssertReply(C("AskWaybill", "en-US"))
            .Send("none").AssertReply(C("AskPhone", "en-US"))
            .Send("13800138000").AssertReply(C("CategoryConfirm", "en-US", C("Category.DamageOrDeterioration", "en-US")))
            .Send("yes").AssertReply(C("AskPhoto", "en-US"))
            .Send("skip").AssertReply(C("AskValue", "en-US"))
            .Send("about 300").AssertReply(a => Assert.Contains("¥300", a.Text, StringComparison.Ordinal), "the restatement with the value")
            .Send("yes").AssertReply(C("AskDesired", "en-US"))
            .Send("skip").AssertRegistered(complaint)
            .AssertReply(a => Assert.StartsWith(C("ComplaintPromise", "en-US", "")[..10], a.Text, StringComparison.Ordinal))
            .AssertReply(C("Department.Packaging", "en-US"))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the stored complaint", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                Assert.Equal(ComplaintSeverity.Normal, stored.Details.Severity);
                Assert.Null(stored.EscalationReason);
                Assert.Equal(0, stored.Details.PhotoCount);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task A_key_account_customer_is_escalated_and_promised_the_key_account_time(string locale)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();
        var mondayAt10 = new DateTimeOffset(2025, 6, 9, 10, 0, 0, China);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(Say(locale, "My parcel is very late", "我的包裹延误了好几天")).AssertReply(C("AskWaybill", locale))
            .Send(KeyAccountOutForDelivery).AssertReply(C("AskPhone", locale))
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .Send(Say(locale, "yes", "是")).AssertReply(a => Assert.Contains(KeyAccountOutForDelivery, a.Text, StringComparison.Ordinal), "the restatement")
            .Send(Say(locale, "yes", "是")).AssertReply(C("AskDesired", locale))
            .Send(Say(locale, "Deliver it today", "今天送到")).AssertRegistered(complaint)
            .AssertReply(C("ComplaintPromise", locale, Shown(mondayAt10, locale)))
            .AssertReply(C("Department.Transport", locale))
            .AssertReply(C("Escalated.KeyAccount", locale))
            .AssertReply(a => Assert.StartsWith(C("GoodsStatus", locale, KeyAccountOutForDelivery, C("Stage.OutForDelivery", locale), "X", "Y")[..12], a.Text, StringComparison.Ordinal), "the goods status")
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the stored complaint", async (services, ct) =>
            {
                var stored = await complaint.LoadAsync(services, ct);
                Assert.Equal(KeyCustomer, stored.Details.CustomerId);
                Assert.Equal(CustomerTier.Key, stored.Details.Tier);
                Assert.Equal(EscalationReason.KeyAccount, stored.EscalationReason);
                Assert.Equal(mondayAt10, stored.Details.PromisedBy);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "My parcel is late again and I will sue you over it")]
    [InlineData("zh-CN", "包裹又延误了，我要去法院起诉你们")]
    public async Task A_legal_threat_in_the_description_is_escalated_with_that_reason(string locale, string description)
    {
        await using var flow = ComplaintFlow(locale);
        var complaint = new ComplaintHolder();

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send(description).AssertReply(C("AskWaybill", locale))
            .Send(Say(locale, "I don't have one", "没有单号")).AssertReply(C("AskPhone", locale))
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.Delay", locale)))
            .Send(Say(locale, "yes", "是")).AssertReply(a => Assert.Contains(description, a.Text, StringComparison.Ordinal), "the restatement")
            .Send(Say(locale, "yes", "是")).AssertReply(C("AskDesired", locale))
            .Send(Say(locale, "skip", "跳过")).AssertRegistered(complaint)
            .AssertReply(a => Assert.NotNull(a.Text), "the promise")
            .AssertReply(C("Department.Transport", locale))
            .AssertReply(C("Escalated.Threat", locale))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the stored complaint", async (services, ct) =>
                Assert.Equal(EscalationReason.LegalThreat, (await complaint.LoadAsync(services, ct)).EscalationReason))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_threat_in_a_later_answer_escalates_the_complaint_too()
    {
        await using var flow = ComplaintFlow();
        var complaint = new ComplaintHolder();

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send("My parcel is very late").AssertReply(C("AskWaybill", "en-US"))
            .Send("none").AssertReply(C("AskPhone", "en-US"))
            .Send("13800138000").AssertReply(C("CategoryConfirm", "en-US", C("Category.Delay", "en-US")))
            .Send("yes").AssertReply(a => Assert.NotNull(a.Text), "the restatement")
            .Send("yes").AssertReply(C("AskDesired", "en-US"))
            .Send("Deliver it, or I'm going to the newspapers with this").AssertRegistered(complaint)
            .AssertReply(a => Assert.NotNull(a.Text), "the promise")
            .AssertReply(C("Department.Transport", "en-US"))
            .AssertReply(C("Escalated.Threat", "en-US"))
            .AssertMenuAgain().AssertNoMoreReplies()
            .Do("check the stored complaint", async (services, ct) =>
                Assert.Equal(EscalationReason.MediaThreat, (await complaint.LoadAsync(services, ct)).EscalationReason))
            .StartTestAsync();
    }
}
