using Bot.Runtime.Dialogs;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Engine;

public sealed class DialogStackTests
{
    [Fact]
    public async Task A_child_dialog_result_resumes_the_parent_at_its_next_step()
    {
        var main = new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync("ask", "Which parcel?", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"main step {step.Index} ({step.Reason}) got {step.Result}", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, new TestComponent("root", main, new AskDialog("ask"))));

        await flow.Send("hi").AssertReply("Which parcel?")
            .Send("P-123").AssertReply("main step 1 (EndCalled) got P-123").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Replace_swaps_the_active_dialog_and_the_parent_waits_for_the_replacement()
    {
        var main = new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync("first", null, ct),
            (step, ct) => step.EndDialogAsync($"main got {step.Result}", ct),
        ]);
        var first = new WaterfallDialog("first",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("in first", ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.ReplaceDialogAsync("second", null, ct),
        ]);
        var second = new WaterfallDialog("second",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("in second", ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync($"second's {step.Result}", ct),
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, new TestComponent("root", main, first, second)));

        await flow.Send("hi").AssertReply("in first")
            .Send("x").AssertReply("in second").AssertNoMoreReplies()
            .Send("y").AssertReply("[complete: main got second's y]")
            .StartTestAsync();
    }

    [Fact]
    public async Task End_dialog_with_a_result_skips_the_remaining_steps_and_completes_the_root()
    {
        var root = new WaterfallDialog("root",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("How many?", ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync(int.Parse((string)step.Result!, System.Globalization.CultureInfo.InvariantCulture) * 2, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("never", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));

        await flow.Send("hi").AssertReply("How many?")
            .Send("21").AssertReply("[complete: 42]").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_at_the_root_cancels_the_turn_and_the_next_message_begins_again()
    {
        var root = new WaterfallDialog("root",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Your order number?", ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) => (string?)step.Result == "stop"
                ? await step.DialogContext.CancelAllDialogsAsync(ct)
                : await step.EndDialogAsync(step.Result, ct),
        ]);
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));

        await flow.Send("hi").AssertReply("Your order number?")
            .Send("stop").AssertReply("[cancelled]").AssertNoMoreReplies()
            .StartTestAsync();
        Assert.Empty((await StoredDialogState.ReadAsync(flow))["dialogStack"]!.AsArray());

        await flow.Send("hello").AssertReply("Your order number?").StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_inside_a_component_ends_every_inner_dialog_at_any_depth()
    {
        var log = new List<string>();
        var main = new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync("inner", "Nested question", ct),
            (step, ct) => step.EndDialogAsync("never", ct),
        ]);
        var inner = new TestComponent("inner", new AskDialog("ask", log));
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, new CancellingComponent(main, inner)));

        await flow.Send("hi").AssertReply("Nested question")
            .Send("cancel").AssertReply("Cancelled.").AssertReply("[complete: (null)]").AssertNoMoreReplies()
            .StartTestAsync();
        Assert.Contains("ask ended: CancelCalled", log);
        Assert.Empty((await StoredDialogState.ReadAsync(flow))["dialogStack"]!.AsArray());

        await flow.Send("hello").AssertReply("Nested question").StartTestAsync();
    }

    private sealed class CancellingComponent : ComponentDialog
    {
        public CancellingComponent(params Dialog[] dialogs)
            : base("root")
        {
            foreach (var dialog in dialogs)
            {
                AddDialog(dialog);
            }
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            if (innerDc.Context.Activity.Text == "cancel")
            {
                await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            }
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
