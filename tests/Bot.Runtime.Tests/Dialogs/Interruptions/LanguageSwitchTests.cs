using Bot.Protocol.Schema;
using static Bot.Runtime.Tests.Dialogs.Interruptions.InterruptionFlows;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

public sealed class LanguageSwitchTests
{
    [Theory]
    [InlineData(Flat, "en-US", "中文", "zh-CN")]
    [InlineData(Flat, "zh-CN", "English", "en-US")]
    [InlineData(Nested, "en-US", "switch to Chinese", "zh-CN")]
    [InlineData(Nested, "zh-CN", "切换到英文", "en-US")]
    public async Task Switching_language_confirms_and_asks_the_same_question_in_the_new_language(
        string shape, string locale, string request, string target)
    {
        await using var flow = Create(shape, locale);

        await flow.AtOrderQuestion(locale)
            .Send(request).AssertReply(ParcelText.Interruption("LanguageSwitched", target))
            .AssertReply(ParcelText.Get("AskOrder", target, "Lee")).AssertNoMoreReplies()
            .Send("A123").AssertReply(ParcelText.Get("Done", target, "Lee", "A123"))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_chosen_language_wins_over_the_clients_locale_on_later_turns_and_after_a_restart()
    {
        await using var flow = Create(Flat, "en-US");
        await flow.Send("hi").AssertReply(ParcelText.Get("AskName", "en-US"))
            .Send("中文").AssertReply("好的，接下来我会用中文和您交流。").AssertReply("请问您怎么称呼？")
            .StartTestAsync();

        await using var restarted = flow.RestartHost();
        await restarted.Send(new Activity { Type = ActivityTypes.Message, Text = "Lee", Locale = "en-US" })
            .AssertReply("谢谢Lee，请问您的订单号是多少？")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Chinese", "zh-CN")]
    [InlineData("zh-CN", "英文", "en-US")]
    public async Task Switching_language_at_a_waterfall_step_without_a_prompt(string locale, string request, string target)
    {
        await using var flow = Create<BareStepDialog>(locale);

        await flow.Send("hi").AssertReply(ParcelText.Get("BareAsk", locale))
            .Send(request).AssertReply(ParcelText.Interruption("LanguageSwitched", target)).AssertNoMoreReplies()
            .Send("x").AssertReply(ParcelText.Get("BareDone", target, "x"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Switching_language_during_a_digression_re_asks_the_digressions_question()
    {
        await using var flow = Create(Flat, "en-US");

        await flow.AtOrderQuestion("en-US")
            .Send("where is my parcel").AssertReply(ParcelText.Get("AskTracking", "en-US"))
            .Send("中文").AssertReply(ParcelText.Interruption("LanguageSwitched", "zh-CN")).AssertReply(ParcelText.Get("AskTracking", "zh-CN"))
            .Send("TN1").AssertReply(ParcelText.Get("Tracking", "zh-CN", "TN1")).AssertReply(ParcelText.Get("AskOrder", "zh-CN", "Lee"))
            .StartTestAsync();
    }
}
