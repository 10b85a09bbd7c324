using Bot.Dialogs.Main;
using Bot.Dialogs.Tracking;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Tests.Tracking;

// Another task with one question, where a message with a long number is a side question for the tracking digression
// (as a complaint's questions are): the digression answers, then the question is asked again.
internal sealed class DigressionHarness : InterruptibleDialog
{
    public const string Question = "Which colour was the box?";

    public DigressionHarness(CustomerServiceServices services)
        : base("digressionHarness")
    {
        AddDialog(new WaterfallDialog("digressionHarness.steps", [AskAsync, ReportAsync]));
        AddDialog(new TextPrompt("digressionHarness.colour"));
        AddDigression(new TrackingDigressionDialog(services), turn => turn.Activity.Text?.Count(char.IsDigit) >= 10);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("digressionHarness.colour", new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Text = Question, TextFormat = TextFormats.Plain },
        }, cancellationToken);

    private static async Task<DialogTurnResult> ReportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(TrackingHarness.Result(step.Result), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
