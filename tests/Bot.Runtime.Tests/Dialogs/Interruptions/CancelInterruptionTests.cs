using static Bot.Runtime.Tests.Dialogs.Interruptions.InterruptionFlows;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

public sealed class CancelInterruptionTests
{
    [Theory]
    [MemberData(nameof(EveryShapeAndLocale), MemberType = typeof(InterruptionFlows))]
    public async Task Cancel_before_anything_was_collected_cancels_at_once(string shape, string locale)
    {
        await using var flow = Create(shape, locale);

        await flow.Send("hi").AssertReply(ParcelText.Get("AskName", locale))
            .Send(Say(locale, "cancel", "取消")).AssertReply(ParcelText.Interruption("Cancelled", locale)).AssertNoMoreReplies()
            .Send(Say(locale, "hi again", "你好")).AssertReply(ParcelText.Get("AskName", locale))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(EveryShapeAndLocale), MemberType = typeof(InterruptionFlows))]
    public async Task Cancel_after_answers_asks_first_and_yes_cancels_the_whole_task(string shape, string locale)
    {
        await using var flow = Create(shape, locale);

        await flow.AtOrderQuestion(locale)
            .Send(Say(locale, "I want to cancel", "我要取消")).AssertReply(ParcelText.Interruption("CancelConfirm", locale)).AssertNoMoreReplies()
            .Send(Say(locale, "yes", "是的")).AssertReply(ParcelText.Interruption("Cancelled", locale)).AssertNoMoreReplies()
            .Send(Say(locale, "hi again", "你好")).AssertReply(ParcelText.Get("AskName", locale))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(EveryShapeAndLocale), MemberType = typeof(InterruptionFlows))]
    public async Task Declining_the_cancel_asks_the_interrupted_question_again_and_keeps_the_answers(string shape, string locale)
    {
        await using var flow = Create(shape, locale);

        await flow.AtOrderQuestion(locale)
            .Send(Say(locale, "cancel", "取消")).AssertReply(ParcelText.Interruption("CancelConfirm", locale))
            .Send(Say(locale, "no", "不")).AssertReply(ParcelText.Interruption("CancelDeclined", locale))
            .AssertReply(ParcelText.Get("AskOrder", locale, "Lee")).AssertNoMoreReplies()
            .Send("A123").AssertReply(ParcelText.Get("Done", locale, "Lee", "A123"))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Saying_cancel_again_while_asked_confirms_it(string locale)
    {
        await using var flow = Create(Nested, locale);

        await flow.AtOrderQuestion(locale)
            .Send(Say(locale, "stop", "不要了")).AssertReply(ParcelText.Interruption("CancelConfirm", locale))
            .Send(Say(locale, "cancel!", "算了")).AssertReply(ParcelText.Interruption("Cancelled", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Nonsense_at_the_cancel_question_gets_the_retry_text_and_the_task_survives()
    {
        await using var flow = Create(Flat, "en-US");

        await flow.AtOrderQuestion("en-US")
            .Send("cancel").AssertReply(ParcelText.Interruption("CancelConfirm", "en-US"))
            .Send("banana").AssertReply(ParcelText.Interruption("CancelConfirmRetry", "en-US"))
            .Send("no").AssertReply(ParcelText.Interruption("CancelDeclined", "en-US")).AssertReply(ParcelText.Get("AskOrder", "en-US", "Lee"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_sentence_that_mentions_cancel_is_an_answer_not_an_interruption()
    {
        await using var flow = Create(Flat, "en-US");

        await flow.AtOrderQuestion("en-US")
            .Send("I can't cancel my subscription").AssertReply(ParcelText.Get("Done", "en-US", "Lee", "I can't cancel my subscription"))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Cancel_at_a_waterfall_step_without_a_prompt_cancels(string locale)
    {
        await using var flow = Create<BareStepDialog>(locale);

        await flow.Send("hi").AssertReply(ParcelText.Get("BareAsk", locale))
            .Send(Say(locale, "quit", "退出")).AssertReply(ParcelText.Interruption("Cancelled", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }
}
