using Bot.Domain.Language;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Complaints;

// R1 steps 5 and 6: the facts and the customer's feeling restated for a yes/no, then the open question.
public sealed partial class MakeComplaintDialog
{
    private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var values = new IntakeValues(step.Values);
        if (step.Result is EvidenceAnswer evidence)
        {
            values.Photos = evidence.Photos;
            values.DeclaredValue = evidence.DeclaredValue;
        }
        var locale = step.DialogContext.Locale;
        var options = Restatement(values, locale);
        values.Summary = options.Prompt!.Text!;
        return await step.PromptAsync(ComplaintDialogIds.Confirm, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> DesiredStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result switch
        {
            true => await step.PromptAsync(ComplaintDialogIds.Desired, ComplaintText.Ask(step.DialogContext.Locale, "AskDesired", "DesiredRetry"), cancellationToken),
            false => await step.ReplaceDialogAsync(ComplaintDialogIds.Steps, new ComplaintRequest(Again: true), cancellationToken),
            _ => await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken),
        };

    private static PromptOptions Restatement(IntakeValues values, string locale)
    {
        var category = values.Category;
        object?[] facts =
        [
            values.Description,
            values.TrackingNumber ?? ComplaintText.Get("NoWaybill", locale),
            values.PhoneUnsaid ? ComplaintText.Get("PhoneOnFileUnsaid", locale) : values.Phone,
            ComplaintText.Category(category, locale),
            ComplaintText.Feeling(category, locale),
        ];
        return IntakeValues.AsksForEvidence(category)
            ? ComplaintText.Ask(locale, "ConfirmFactsDamage", "ConfirmRetry",
                [.. facts, values.Photos, values.DeclaredValue is { } value ? ComplaintText.Amount(value, locale) : ComplaintText.Get("ValueNotGiven", locale)])
            : ComplaintText.Ask(locale, "ConfirmFacts", "ConfirmRetry", facts);
    }

    // The message that started the complaint already tells the problem when the classifier finds a category in it, e.g.
    // "我的货都交给你们10多天了，怎么还没有到？" (a menu button such as "Make a complaint" has none).
    private async Task<string?> ToldInThisMessageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var text = activity.Text?.Trim();
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(text) || text.Count(char.IsLetter) < 2)
        {
            return null;
        }
        var (category, _) = await _services.Classifier.ClassifyAsync(text, cancellationToken);
        return category == ComplaintCategory.Other ? null : text;
    }
}
