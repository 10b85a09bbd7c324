using Bot.Dialogs.Main;
using Bot.Dialogs.Tracking;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Tests.Tracking;

// A tiny root dialog around the tracking dialog: the first message's words are the tracking numbers, and what the
// tracking dialog ends with is said back as "result: …", so a test can see what the main loop would be asked to do.
internal sealed class TrackingHarness : ComponentDialog
{
    public const string ResultPrefix = "result: ";

    public TrackingHarness(CustomerServiceServices services)
        : base("harness")
    {
        AddDialog(new WaterfallDialog("harness.steps", [BeginAsync, ReportAsync]));
        AddDialog(new TrackShipmentDialog(services));
    }

    public static string Result(object? result) => ResultPrefix + (result?.ToString() ?? "none");

    private static Task<DialogTurnResult> BeginAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync("track", new TrackingRequest(step.Context.Activity.Text?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? []), cancellationToken);

    private static async Task<DialogTurnResult> ReportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(Result(step.Result), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
