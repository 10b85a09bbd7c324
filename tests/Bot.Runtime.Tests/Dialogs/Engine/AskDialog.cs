using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Tests.Dialogs.Engine;

/// <summary>
/// A minimal prompt: asks the question given as options, ends with the next message's text, and records the events it
/// sees and why it ended in <paramref name="log"/>. Handles "activityReceived" itself when the text is "mine".
/// </summary>
public sealed class AskDialog(string id, List<string>? log = null) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var question = (string)options!;
        dc.ActiveDialog!.State["question"] = question;
        await dc.Context.SendActivityAsync(question, cancellationToken);
        return EndOfTurn;
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.Activity.Type == ActivityTypes.Message
            ? dc.EndDialogAsync(dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);

    public override Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync((string)instance.State["question"]!, cancellationToken);

    public override Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        log?.Add($"{Id} ended: {reason}");
        return Task.CompletedTask;
    }

    protected override Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        log?.Add($"{Id} pre {e.Name}");
        return Task.FromResult(e.Name == DialogEvents.ActivityReceived && dc.Context.Activity.Text == "mine");
    }

    protected override Task<bool> OnPostBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        log?.Add($"{Id} post {e.Name}");
        return Task.FromResult(false);
    }
}
