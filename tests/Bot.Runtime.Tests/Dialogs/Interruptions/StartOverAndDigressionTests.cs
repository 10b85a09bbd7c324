using static Bot.Runtime.Tests.Dialogs.Interruptions.InterruptionFlows;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

public sealed class StartOverAndDigressionTests
{
    [Theory]
    [MemberData(nameof(EveryShapeAndLocale), MemberType = typeof(InterruptionFlows))]
    public async Task Start_over_forgets_the_answers_and_asks_the_first_question(string shape, string locale)
    {
        await using var flow = Create(shape, locale);

        await flow.AtOrderQuestion(locale)
            .Send(Say(locale, "start over", "重新开始")).AssertReply(ParcelText.Interruption("StartingOver", locale))
            .AssertReply(ParcelText.Get("AskName", locale)).AssertNoMoreReplies()
            .Send("Kim").AssertReply(ParcelText.Get("AskOrder", locale, "Kim"))
            .Send("B7").AssertReply(ParcelText.Get("Done", locale, "Kim", "B7"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Nested_task_finishes_into_the_outer_dialog_after_a_start_over()
    {
        await using var flow = Create(Nested, "en-US");

        await flow.AtOrderQuestion("en-US")
            .Send("restart").AssertReply(ParcelText.Interruption("StartingOver", "en-US")).AssertReply(ParcelText.Get("AskName", "en-US"))
            .Send("Kim").AssertReply(ParcelText.Get("AskOrder", "en-US", "Kim"))
            .Send("B7").AssertReply(ParcelText.Get("Done", "en-US", "Kim", "B7")).AssertReply(ParcelText.Get("OuterDone", "en-US", "Kim/B7"))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Start_over_at_a_waterfall_step_without_a_prompt(string locale)
    {
        await using var flow = Create<BareStepDialog>(locale);

        await flow.Send("hi").AssertReply(ParcelText.Get("BareAsk", locale))
            .Send(Say(locale, "start over", "从头开始")).AssertReply(ParcelText.Interruption("StartingOver", locale))
            .AssertReply(ParcelText.Get("BareAsk", locale)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Flat, "en-US", "where is my parcel?")]
    [InlineData(Flat, "zh-CN", "我的包裹在哪里？")]
    [InlineData(Nested, "en-US", "where is my parcel?")]
    [InlineData(Nested, "zh-CN", "我的包裹在哪里？")]
    public async Task A_digression_runs_on_top_and_returns_to_the_interrupted_question(string shape, string locale, string question)
    {
        await using var flow = Create(shape, locale);

        await flow.AtOrderQuestion(locale)
            .Send(question).AssertReply(ParcelText.Get("AskTracking", locale)).AssertNoMoreReplies()
            .Send("TN42").AssertReply(ParcelText.Get("Tracking", locale, "TN42"))
            .AssertReply(ParcelText.Get("AskOrder", locale, "Lee")).AssertNoMoreReplies()
            .Send("A123").AssertReply(ParcelText.Get("Done", locale, "Lee", "A123"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_digression_survives_a_host_restart()
    {
        await using var flow = Create(Nested, "en-US");
        await flow.AtOrderQuestion("en-US").Send("where is my parcel").AssertReply(ParcelText.Get("AskTracking", "en-US")).StartTestAsync();

        await using var restarted = flow.RestartHost();
        await restarted.Send("TN42").AssertReply(ParcelText.Get("Tracking", "en-US", "TN42")).AssertReply(ParcelText.Get("AskOrder", "en-US", "Lee"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_during_a_digression_helps_with_the_digressions_question()
    {
        await using var flow = Create(Nested, "en-US");

        await flow.AtOrderQuestion("en-US")
            .Send("where is my parcel").AssertReply(ParcelText.Get("AskTracking", "en-US"))
            .Send("help").AssertReply(ParcelText.Interruption("Help", "en-US")).AssertReply(ParcelText.Get("AskTracking", "en-US"))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_during_a_digression_asks_and_cancels_the_whole_task()
    {
        await using var flow = Create(Nested, "zh-CN");

        await flow.AtOrderQuestion("zh-CN")
            .Send("我的包裹在哪").AssertReply(ParcelText.Get("AskTracking", "zh-CN"))
            .Send("取消").AssertReply(ParcelText.Interruption("CancelConfirm", "zh-CN"))
            .Send("是").AssertReply(ParcelText.Interruption("Cancelled", "zh-CN")).AssertNoMoreReplies()
            .Send("你好").AssertReply(ParcelText.Get("AskName", "zh-CN"))
            .StartTestAsync();
    }
}
