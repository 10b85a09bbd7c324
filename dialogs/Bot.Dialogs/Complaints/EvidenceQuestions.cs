using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Complaints;

// For damaged or missing goods: photos (attachments, skippable) and the declared value of the goods (a number,
// skippable) for the severity rule. Both are optional: after the allowed attempts the intake goes on without them.
internal static class EvidenceQuestions
{
    private const string PhotosKey = "photos";

    public static IEnumerable<Dialog> Dialogs() =>
    [
        new WaterfallDialog(ComplaintDialogIds.DamageSteps, [PhotoStepAsync, ValueStepAsync, AnswerStepAsync]),
        new AttachmentPrompt(ComplaintDialogIds.Photo, ComplaintValidators.PhotoAsync),
        new TextPrompt(ComplaintDialogIds.Value, ComplaintValidators.ValueAsync),
    ];

    private static Task<DialogTurnResult> PhotoStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ComplaintDialogIds.Photo, ComplaintText.Ask(step.DialogContext.Locale, "AskPhoto", "PhotoRetry"), cancellationToken);

    private static Task<DialogTurnResult> ValueStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[PhotosKey] = step.Result is IReadOnlyList<Attachment> files ? files.Count : 0;
        return step.PromptAsync(ComplaintDialogIds.Value, ComplaintText.Ask(step.DialogContext.Locale, "AskValue", "ValueRetry"), cancellationToken);
    }

    private static Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var value = step.Result is string text && !ComplaintValidators.IsSkip(text)
            ? ComplaintValidators.DeclaredValue(text, step.DialogContext.Locale)
            : null;
        return step.EndDialogAsync(new EvidenceAnswer(step.Values[PhotosKey]?.GetValue<int>() ?? 0, value), cancellationToken);
    }
}
