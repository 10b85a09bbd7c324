namespace Bot.Dialogs.Tests.Complaints;

using static CustomerService;

public sealed class MakeComplaintTests
{
    [Fact]
    public async Task English_complaint_is_restated_confirmed_and_noted()
    {
        await using var flow = Flow();

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(T("ComplaintApology", "en-US")).AssertReply(T("AskDescription", "en-US"))
            .Send("The box arrived crushed and the vase is broken").AssertReply(T("AskParcels", "en-US"))
            .Send("fifteen").AssertReply(T("AskWhen", "en-US"))
            .Send("on 12 May 2025").AssertReply(T("AskPhoto", "en-US"))
            .Send(Photo()).AssertReply(T("ConfirmWithPhotos", "en-US", "The box arrived crushed and the vase is broken", 15, "2025-05-12", 1))
            .AssertSuggestedActions("Yes", "No")
            .Send("yes").AssertReply(T("ComplaintNoted", "en-US")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Chinese_complaint_is_restated_confirmed_and_noted()
    {
        await using var flow = Flow("zh-CN");

        await flow.Greeted()
            .Send("我要投诉").AssertReply(T("ComplaintApology", "zh-CN")).AssertReply(T("AskDescription", "zh-CN"))
            .Send("我的货都交给你们10多天了，怎么还没有到？").AssertReply(T("AskParcels", "zh-CN"))
            .Send("三件").AssertReply(T("AskWhen", "zh-CN"))
            .Send("2025年5月12日").AssertReply(T("AskPhoto", "zh-CN"))
            .Send("跳过").AssertReply(T("ConfirmWithoutPhotos", "zh-CN", "我的货都交给你们10多天了，怎么还没有到？", 3, "2025-05-12"))
            .Send("是的").AssertReply(T("ComplaintNoted", "zh-CN")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task No_at_the_confirmation_goes_through_the_questions_again()
    {
        await using var flow = Flow();

        await flow.AtParcelsQuestion()
            .Send("2").AssertReply(T("AskWhen", "en-US"))
            .Send("12 May 2025").AssertReply(T("AskPhoto", "en-US"))
            .Send("skip").AssertReply(T("ConfirmWithoutPhotos", "en-US", "The box arrived crushed", 2, "2025-05-12"))
            .Send("no").AssertReply(T("ComplaintAgain", "en-US")).AssertReply(T("AskDescription", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Nonsense_at_every_question_gets_its_retry_text(string locale)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send(T("MenuComplain", locale)).AssertReply(T("ComplaintApology", locale)).AssertReply(T("AskDescription", locale))
            .Send("!!!").AssertReply(T("DescriptionRetry", locale))
            .Send(Say(locale, "Parcel was soaked", "包裹湿透了")).AssertReply(T("AskParcels", locale))
            .Send(Say(locale, "lots", "很多")).AssertReply(T("ParcelsRetry", locale))
            .Send("0").AssertReply(T("ParcelsRetry", locale))
            .Send("1").AssertReply(T("AskWhen", locale))
            .Send(Say(locale, "purple", "紫色")).AssertReply(T("WhenRetry", locale))
            .Send(Say(locale, "today", "今天")).AssertReply(T("AskPhoto", locale))
            .Send(Say(locale, "banana", "香蕉")).AssertReply(T("PhotoRetry", locale))
            .Send(Photo("application/pdf")).AssertReply(T("PhotoRetry", locale))
            .Send(Photo("image/png")).AssertReply(a => Assert.StartsWith(T("ConfirmWithPhotos", locale, "X", 0, 0, 0)[..6], a.Text, StringComparison.Ordinal))
            .Send(Say(locale, "perhaps", "随便")).AssertReply(T("ConfirmRetry", locale))
            .Send(Say(locale, "yes", "对")).AssertReply(T("ComplaintNoted", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Too_many_wrong_answers_in_a_complaint_offer_a_person_and_return_to_the_menu()
    {
        await using var flow = Flow();

        await flow.AtParcelsQuestion()
            .Send("lots").AssertReply(T("ParcelsRetry", "en-US"))
            .Send("many").AssertReply(T("ParcelsRetry", "en-US"))
            .Send("heaps").AssertReply(T("TooManyAttempts", "en-US")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Host_restart_mid_complaint_continues_at_the_same_question()
    {
        await using var flow = Flow();
        await flow.AtParcelsQuestion().Send("3").AssertReply(T("AskWhen", "en-US")).StartTestAsync();

        await using var restarted = flow.RestartHost();
        await restarted.Send("12 May 2025").AssertReply(T("AskPhoto", "en-US"))
            .Send("skip").AssertReply(T("ConfirmWithoutPhotos", "en-US", "The box arrived crushed", 3, "2025-05-12"))
            .StartTestAsync();

        await using var again = restarted.RestartHost();
        await again.Send("yes").AssertReply(T("ComplaintNoted", "en-US")).AssertMenuAgain().AssertNoMoreReplies().StartTestAsync();
    }
}
