namespace Bot.Dialogs.Tests.Complaints;

using static ComplaintFlows;
using static CustomerService;

// Answers that are not answers, at every question of the intake: each gets its retry text and the question stays.
public sealed class ComplaintNonsenseTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Nonsense_at_every_question_gets_its_retry_text(string locale)
    {
        await using var flow = ComplaintFlow(locale);
        string yes = Say(locale, "yes", "是"), no = Say(locale, "no", "不是");

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(C("ComplaintApology", locale)).AssertReply(C("AskDescription", locale))
            .Send("!!!").AssertReply(C("DescriptionRetry", locale))
            .Send(Say(locale, "The box arrived crushed", "箱子被摔坏了")).AssertReply(C("AskWaybill", locale))
            .Send(Say(locale, "banana", "香蕉")).AssertReply(C("WaybillRetry", locale))
            .Send(LateGeneral).AssertReply(C("AskPhone", locale))
            .Send(Say(locale, "purple", "紫色")).AssertReply(C("PhoneRetry", locale))
            .Send("13800138000").AssertReply(C("CategoryConfirm", locale, C("Category.DamageOrDeterioration", locale)))
            .Send(Say(locale, "perhaps", "随便")).AssertReply(C("ConfirmRetry", locale))
            .Send(no).AssertReply(a => Assert.StartsWith(C("AskCategory", locale), a.Text, StringComparison.Ordinal), "the list")
            .Send(Say(locale, "zebra crossing", "斑马线")).AssertReply(a => Assert.StartsWith(C("CategoryRetry", locale), a.Text, StringComparison.Ordinal), "the list again")
            .Send(C("Category.DamageOrDeterioration", locale)).AssertReply(C("AskPhoto", locale))
            .Send(Say(locale, "banana", "香蕉")).AssertReply(C("PhotoRetry", locale))
            .Send(Photo("application/pdf")).AssertReply(C("PhotoRetry", locale))
            .Send(Photo("image/png")).AssertReply(C("AskValue", locale))
            .Send(Say(locale, "lots", "很贵")).AssertReply(C("ValueRetry", locale))
            .Send(Say(locale, "skip", "跳过")).AssertReply(a => Assert.StartsWith(C("Feeling.DamageOrDeterioration", locale), a.Text, StringComparison.Ordinal), "the restatement")
            .Send(Say(locale, "perhaps", "随便")).AssertReply(C("ConfirmRetry", locale))
            .Send(yes).AssertReply(C("AskDesired", locale))
            .Send("!!!").AssertReply(C("DesiredRetry", locale))
            .Send(Say(locale, "a new vase", "赔一个新花瓶")).AssertReply(a => Assert.StartsWith("CMP", a.Text![(a.Text!.IndexOf("CMP", StringComparison.Ordinal))..], StringComparison.Ordinal), "the reference")
            .StartTestAsync();
    }

    [Fact]
    public async Task Too_many_wrong_phone_numbers_end_the_complaint_and_the_main_dialog_takes_over()
    {
        await using var flow = ComplaintFlow();

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send("My parcel is very late").AssertReply(C("AskWaybill", "en-US"))
            .Send("none").AssertReply(C("AskPhone", "en-US"))
            .Send("lots").AssertReply(C("PhoneRetry", "en-US"))
            .Send("many").AssertReply(C("PhoneRetry", "en-US"))
            .Send("heaps").AssertReply(a => Assert.NotEqual(C("PhoneRetry", "en-US"), a.Text), "the main dialog's answer")
            .StartTestAsync();
    }

    [Fact]
    public async Task Three_unknown_waybills_go_on_without_a_number()
    {
        await using var flow = ComplaintFlow();

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send("My parcel is very late").AssertReply(C("AskWaybill", "en-US"))
            .Send("SF9999999999991").AssertReply(C("WaybillUnknown", "en-US", "SF9999999999991"))
            .Send("SF9999999999992").AssertReply(C("WaybillUnknown", "en-US", "SF9999999999992"))
            .Send("SF9999999999993").AssertReply(C("WaybillUnknown", "en-US", "SF9999999999993"))
            .AssertReply(C("WaybillSkipped", "en-US")).AssertReply(C("AskPhone", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();
    }
}
