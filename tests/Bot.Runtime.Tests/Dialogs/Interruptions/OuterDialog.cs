using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

// An interruptible component around another one: the parcel questions run nested two components deep.
public sealed class OuterDialog : InterruptibleDialog
{
    public OuterDialog()
        : base("outer")
    {
        AddDialog(new WaterfallDialog("outer.steps", [BeginParcelAsync, ReportAsync]));
        AddDialog(new ParcelDialog());
    }

    private static Task<DialogTurnResult> BeginParcelAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync("parcel", null, cancellationToken);

    private static async Task<DialogTurnResult> ReportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(ParcelText.Get("OuterDone", step.DialogContext.Locale, step.Result), cancellationToken);
        return await step.EndDialogAsync(step.Result, cancellationToken);
    }
}
