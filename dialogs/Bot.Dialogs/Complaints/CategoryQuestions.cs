using Bot.Dialogs.Main;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;

namespace Bot.Dialogs.Complaints;

// The category (R3): classified from the description and confirmed with a yes/no; "no" (or nothing recognisable) →
// a choice of all categories. Ends with the ComplaintCategory, or TooManyAttempts.
internal sealed class CategoryQuestions(CustomerServiceServices services)
{
    private const string SuggestedKey = "suggested";

    // In the order they are offered: the common logistics problems first, "something else" last.
    private static readonly ComplaintCategory[] Offered =
    [
        ComplaintCategory.Delay, ComplaintCategory.DamageOrDeterioration, ComplaintCategory.ShortageOrLoss,
        ComplaintCategory.DispatchOrDocumentError, ComplaintCategory.StaffAttitudeOrConduct, ComplaintCategory.DeliveryHandling,
        ComplaintCategory.TrackingInfoSlowOrMissing, ComplaintCategory.PriceOrBilling, ComplaintCategory.ValueAddedServiceFailure,
        ComplaintCategory.AccidentOrIncident, ComplaintCategory.Other,
    ];

    public IEnumerable<Dialog> Dialogs() =>
    [
        new WaterfallDialog(ComplaintDialogIds.CategorySteps, [SuggestStepAsync, ChooseStepAsync, AnswerStepAsync]),
        new ConfirmPrompt(ComplaintDialogIds.ConfirmCategory),
        new ChoicePrompt(ComplaintDialogIds.ChooseCategory),
    ];

    private async Task<DialogTurnResult> SuggestStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var description = step.GetOptions<CategoryRequest>()?.Description ?? string.Empty;
        var (category, _) = await services.Classifier.ClassifyAsync(description, cancellationToken);
        if (category == ComplaintCategory.Other)
        {
            return await AskAsync(step, cancellationToken);
        }
        step.Values[SuggestedKey] = category.ToString();
        var locale = step.DialogContext.Locale;
        var options = ComplaintText.Ask(locale, "CategoryConfirm", "ConfirmRetry", ComplaintText.Category(category, locale));
        return await step.PromptAsync(ComplaintDialogIds.ConfirmCategory, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> ChooseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result switch
        {
            true when Enum.TryParse<ComplaintCategory>(step.Values[SuggestedKey]?.GetValue<string>(), out var suggested) =>
                await step.EndDialogAsync(suggested, cancellationToken),
            bool => await AskAsync(step, cancellationToken),
            _ => await step.NextAsync(step.Result, cancellationToken),
        };

    private static Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(
            step.Result is FoundChoice choice && Enum.TryParse<ComplaintCategory>(choice.Value, out var category) ? category : TooManyAttempts.Instance,
            cancellationToken);

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var options = ComplaintText.Ask(locale, "AskCategory", "CategoryRetry") with { Choices = Choices(locale) };
        return step.PromptAsync(ComplaintDialogIds.ChooseCategory, options, cancellationToken);
    }

    // The buttons show the turn's language; the other language's names pick an option too.
    private static IReadOnlyList<Choice> Choices(string locale) =>
    [
        .. Offered.Select(c => new Choice(
            c.ToString(),
            [.. BotLocales.Supported.Where(l => l != locale).Select(l => ComplaintText.Category(c, l))],
            ComplaintText.Category(c, locale))),
    ];
}
