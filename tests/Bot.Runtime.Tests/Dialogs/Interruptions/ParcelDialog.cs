using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

// name (prompt) → order number (prompt) → done; "where is my parcel" digresses into a tracking question.
public sealed class ParcelDialog : InterruptibleDialog
{
    public ParcelDialog()
        : base("parcel")
    {
        AddDialog(new WaterfallDialog("parcel.steps", [AskNameStepAsync, AskOrderStepAsync, DoneStepAsync]));
        AddDialog(new TextPrompt("name"));
        AddDialog(new TextPrompt("order"));
        AddDigression(new TrackingDialog(), turn => turn.Activity.Text?.StartsWith("where is my parcel", StringComparison.OrdinalIgnoreCase) == true
            || turn.Activity.Text?.StartsWith("我的包裹在哪", StringComparison.Ordinal) == true);
        AddPromptTexts(ParcelText.Strings);
    }

    protected override string GetHelpText(DialogContext innerDc) =>
        ActiveStepId(innerDc) == "order" ? ParcelText.Get("OrderHelp", innerDc.Locale) : base.GetHelpText(innerDc);

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("name", ParcelText.Ask(ParcelText.Get("AskName", step.DialogContext.Locale)), cancellationToken);

    private static Task<DialogTurnResult> AskOrderStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["name"] = (string)step.Result!;
        return step.PromptAsync("order", ParcelText.Ask(ParcelText.Get("AskOrder", step.DialogContext.Locale, step.Result)), cancellationToken);
    }

    private static async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var name = step.Values["name"]!.GetValue<string>();
        await step.Context.SendActivityAsync(ParcelText.Get("Done", step.DialogContext.Locale, name, step.Result), cancellationToken);
        return await step.EndDialogAsync($"{name}/{step.Result}", cancellationToken);
    }

    private sealed class TrackingDialog : ComponentDialog
    {
        public TrackingDialog()
            : base("tracking")
        {
            AddDialog(new WaterfallDialog("tracking.steps", [AskAsync, AnswerAsync]));
            AddDialog(new TextPrompt("tracking.number"));
        }

        private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.PromptAsync("tracking.number", ParcelText.Ask(ParcelText.Get("AskTracking", step.DialogContext.Locale)), cancellationToken);

        private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            await step.Context.SendActivityAsync(ParcelText.Get("Tracking", step.DialogContext.Locale, step.Result), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
    }
}
