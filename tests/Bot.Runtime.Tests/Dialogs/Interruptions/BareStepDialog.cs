using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

// A waterfall step that waits for the next message without a prompt.
public sealed class BareStepDialog : InterruptibleDialog
{
    public BareStepDialog()
        : base("bare") => AddDialog(new WaterfallDialog("bare.steps", [AskAsync, AnswerAsync]));

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(ParcelText.Get("BareAsk", step.DialogContext.Locale), cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(ParcelText.Get("BareDone", step.DialogContext.Locale, step.Result), cancellationToken);
        return await step.EndDialogAsync(step.Result, cancellationToken);
    }
}
