using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Engine;

public sealed class DialogBotTests
{
    [Fact]
    public async Task A_dialog_bot_runs_its_dialog_for_messages_and_greets_on_conversation_update()
    {
        await using var flow = DialogTestFlow.Create(s => s.AddDialogBot<ParcelDialog, GreetingBot>());

        await flow.SendConversationUpdate().AssertReply("Welcome!")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "ping" }).AssertNoMoreReplies()
            .Send("hi").AssertReply("Tracking number?")
            .Send("T-1").AssertReply("Tracking T-1")
            .StartTestAsync();
    }

    public sealed class ParcelDialog : ComponentDialog
    {
        public ParcelDialog()
            : base("parcel")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.BeginDialogAsync("ask", "Tracking number?", ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Tracking {step.Result}", ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(new AskDialog("ask"));
        }
    }

    public sealed class GreetingBot(ParcelDialog dialog, DialogRunner runner) : DialogBot<ParcelDialog>(dialog, runner)
    {
        protected override Task OnConversationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync("Welcome!", cancellationToken);
    }
}
