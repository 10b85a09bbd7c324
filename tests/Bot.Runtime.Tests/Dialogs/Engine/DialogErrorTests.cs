using Bot.Runtime.Dialogs;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Engine;

public sealed class DialogErrorTests
{
    private static WaterfallDialog Failing() => new("steps",
    [
        (step, ct) => step.BeginDialogAsync("ask", "Order number?", ct),
        (step, ct) => (string?)step.Result == "boom" ? throw new InvalidOperationException("step failed") : step.EndDialogAsync(step.Result, ct),
    ]);

    [Fact]
    public async Task An_exception_in_a_step_is_offered_to_the_dialogs_as_an_error_event()
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, new ErrorHandlingComponent(Failing(), new AskDialog("ask"))));

        await flow.Send("hi").AssertReply("Order number?")
            .Send("boom").AssertReply("That did not work (step failed).").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unhandled_exception_reaches_the_turn_error_handler_which_clears_the_stack()
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, new TestComponent("root", Failing(), new AskDialog("ask"))));

        await flow.Send("hi").AssertReply("Order number?")
            .Send("boom").AssertReplyContains("Sorry, something went wrong on our side.").AssertNoMoreReplies()
            .Send("hello").AssertReply("Order number?")
            .StartTestAsync();
    }

    private sealed class ErrorHandlingComponent : ComponentDialog
    {
        public ErrorHandlingComponent(params Dialog[] dialogs)
            : base("root")
        {
            foreach (var dialog in dialogs)
            {
                AddDialog(dialog);
            }
        }

        protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        {
            if (e.Name != DialogEvents.Error)
            {
                return false;
            }
            await dc.Context.SendActivityAsync($"That did not work ({((Exception)e.Value!).Message}).", cancellationToken);
            return true;
        }
    }
}
