using Bot.Runtime.Dialogs;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Engine;

public sealed class DialogEventTests
{
    [Fact]
    public async Task Activity_received_goes_to_the_leaf_first_then_bubbles_to_the_parent_once_per_turn()
    {
        var log = new List<string>();
        var root = new ObservingComponent(log, new AskDialog("ask", log));
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));
        await flow.Send("hi").AssertReply("What now?").StartTestAsync();
        log.Clear();

        await flow.Send("ship it").AssertReply("[complete: ship it]").StartTestAsync();

        Assert.Equal(
            ["ask pre activityReceived", "root pre activityReceived", "root post activityReceived", "ask post activityReceived", "ask ended: EndCalled"],
            log);
    }

    [Fact]
    public async Task A_leaf_that_handles_activity_received_keeps_it_from_its_parents()
    {
        var log = new List<string>();
        var root = new ObservingComponent(log, new AskDialog("ask", log));
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));
        await flow.Send("hi").AssertReply("What now?").StartTestAsync();
        log.Clear();

        await flow.Send("mine").AssertReply("[complete: mine]").StartTestAsync();

        Assert.Equal(["ask pre activityReceived", "ask ended: EndCalled"], log);
    }

    [Fact]
    public async Task A_custom_event_bubbles_from_a_nested_dialog_to_an_ancestor_that_handles_it()
    {
        var log = new List<string>();
        var steps = new WaterfallDialog("steps",
        [
            async (step, ct) =>
            {
                var handled = await step.DialogContext.EmitEventAsync("handoffRequested", "billing", cancellationToken: ct);
                await step.Context.SendActivityAsync($"handled: {handled}", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        var root = new ObservingComponent(log, new TestComponent("nested", steps));
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, root));

        await flow.Send("hi").AssertReply("root took handoffRequested: billing").AssertReply("handled: True").StartTestAsync();
        Assert.Equal(["root pre handoffRequested", "root post handoffRequested"], log);
    }

    private sealed class ObservingComponent : ComponentDialog
    {
        private readonly List<string> _log;

        public ObservingComponent(List<string> log, Dialog inner)
            : base("root")
        {
            _log = log;
            AddDialog(inner);
        }

        protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
            base.OnBeginDialogAsync(innerDc, "What now?", cancellationToken);

        protected override Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        {
            _log.Add($"root pre {e.Name}");
            return Task.FromResult(false);
        }

        protected override async Task<bool> OnPostBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        {
            _log.Add($"root post {e.Name}");
            if (e.Name != "handoffRequested")
            {
                return false;
            }
            await dc.Context.SendActivityAsync($"root took {e.Name}: {e.Value}", cancellationToken);
            return true;
        }
    }
}
