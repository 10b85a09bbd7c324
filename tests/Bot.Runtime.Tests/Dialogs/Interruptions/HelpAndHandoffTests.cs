using static Bot.Runtime.Tests.Dialogs.Interruptions.InterruptionFlows;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

public sealed class HelpAndHandoffTests
{
    [Theory]
    [MemberData(nameof(EveryShapeAndLocale), MemberType = typeof(InterruptionFlows))]
    public async Task Help_gives_the_steps_own_help_then_asks_the_same_question_once(string shape, string locale)
    {
        await using var flow = Create(shape, locale);

        await flow.AtOrderQuestion(locale)
            .Send(Say(locale, "help", "帮助")).AssertReply(ParcelText.Get("OrderHelp", locale))
            .AssertReply(ParcelText.Get("AskOrder", locale, "Lee")).AssertNoMoreReplies()
            .Send("A123").AssertReply(ParcelText.Get("Done", locale, "Lee", "A123"))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Flat, "en-US")]
    [InlineData(Nested, "zh-CN")]
    public async Task Help_at_a_step_without_its_own_help_gives_the_general_help(string shape, string locale)
    {
        await using var flow = Create(shape, locale);

        await flow.Send("hi").AssertReply(ParcelText.Get("AskName", locale))
            .Send("?").AssertReply(ParcelText.Interruption("Help", locale)).AssertReply(ParcelText.Get("AskName", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Help_at_a_waterfall_step_without_a_prompt_keeps_the_step_waiting(string locale)
    {
        await using var flow = Create<BareStepDialog>(locale);

        await flow.Send("hi").AssertReply(ParcelText.Get("BareAsk", locale))
            .Send(Say(locale, "help", "怎么用")).AssertReply(ParcelText.Interruption("Help", locale)).AssertNoMoreReplies()
            .Send("x").AssertReply(ParcelText.Get("BareDone", locale, "x"))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(EveryShapeAndLocale), MemberType = typeof(InterruptionFlows))]
    public async Task Asking_for_a_person_with_no_desk_says_so_and_asks_again(string shape, string locale)
    {
        await using var flow = Create(shape, locale);

        await flow.AtOrderQuestion(locale)
            .Send(Say(locale, "talk to a person", "转人工")).AssertReply(ParcelText.Interruption("HandoffUnavailable", locale))
            .AssertReply(ParcelText.Get("AskOrder", locale, "Lee")).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Asking_for_a_person_raises_handoffRequested_for_the_dialogs_above(string locale)
    {
        await using var flow = Create<DeskDialog>(locale);

        await flow.AtOrderQuestion(locale)
            .Send(Say(locale, "agent", "人工")).AssertReply(ParcelText.Get("Connecting", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Asking_for_a_person_at_a_waterfall_step_without_a_prompt(string locale)
    {
        await using var flow = Create<BareStepDialog>(locale);

        await flow.Send("hi").AssertReply(ParcelText.Get("BareAsk", locale))
            .Send(Say(locale, "human", "客服")).AssertReply(ParcelText.Interruption("HandoffUnavailable", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }
}
