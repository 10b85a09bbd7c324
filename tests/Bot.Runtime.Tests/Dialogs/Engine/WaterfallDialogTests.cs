using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Engine;

public sealed class WaterfallDialogTests
{
    private sealed record AskOptions(string Field, int Max);

    [Fact]
    public async Task Steps_get_the_begin_options_and_share_values_across_turns()
    {
        var main = new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync("ask", new AskOptions("parcel number", 2), ct),
            (step, ct) => step.EndDialogAsync($"got {step.Result}", ct),
        ]);
        var ask = new WaterfallDialog("ask",
        [
            async (step, ct) =>
            {
                var options = step.GetOptions<AskOptions>()!;
                step.Values["max"] = options.Max;
                await step.Context.SendActivityAsync($"What is your {options.Field}?", ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                step.Values["first"] = (string)step.Result!;
                await step.Context.SendActivityAsync("And again?", ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync($"{step.Values["first"]}+{step.Result} (max {step.Values["max"]})", ct),
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, new TestComponent("root", main, ask)));

        await flow.Send("hi").AssertReply("What is your parcel number?")
            .Send("A1").AssertReply("And again?")
            .Send("B2").AssertReply("[complete: got A1+B2 (max 2)]")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_runs_the_following_step_in_the_same_turn_with_its_result()
    {
        var root = new WaterfallDialog("root",
        [
            (step, ct) => step.NextAsync("from step 0", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index} ({step.Reason}) got {step.Result}", ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index} ({step.Reason}) got {step.Result}", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));

        await flow.Send("hi").AssertReply("step 1 (NextCalled) got from step 0").AssertNoMoreReplies()
            .Send("yes").AssertReply("step 2 (ContinueCalled) got yes").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Running_past_the_last_step_ends_the_waterfall_with_the_last_result()
    {
        var root = new WaterfallDialog("root",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Anything else?", ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.NextAsync($"echo {step.Result}", ct),
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));

        await flow.Send("hi").AssertReply("Anything else?")
            .Send("no").AssertReply("[complete: echo no]")
            .Send("again").AssertReply("Anything else?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Non_message_activities_do_not_advance_a_waterfall()
    {
        var root = new WaterfallDialog("root",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("What is your name?", ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Hello {step.Result}", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));

        await flow.Send("hi").AssertReply("What is your name?")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" }).AssertNoMoreReplies()
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoMoreReplies()
            .Send("Ann").AssertReply("Hello Ann")
            .StartTestAsync();
    }
}
