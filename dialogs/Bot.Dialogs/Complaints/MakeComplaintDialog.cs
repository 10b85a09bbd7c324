using System.Globalization;
using Bot.Dialogs.Main;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Recognizers;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// The skeleton of the complaint procedure (issue 5 adds the store, categories and promised times): apologise, the
/// problem in the customer's words, parcels affected, when, an optional photo, then the facts restated for a yes/no.
/// "No" goes through the questions again. Ends with <see cref="TooManyAttempts.Instance"/> when an answer could not be
/// understood after the allowed attempts.
/// </summary>
public sealed class MakeComplaintDialog : ComponentDialog
{
    public MakeComplaintDialog(TimeProvider timeProvider)
        : base(DialogIds.Complaint)
    {
        AddDialog(new WaterfallDialog(DialogIds.ComplaintSteps,
            [DescribeStepAsync, ParcelsStepAsync, WhenStepAsync, PhotoStepAsync, ConfirmStepAsync, FinishStepAsync]));
        AddDialog(new TextPrompt(DialogIds.Description, ComplaintValidators.DescriptionAsync));
        AddDialog(new NumberPrompt<int>(DialogIds.Parcels, ComplaintValidators.ParcelsAsync));
        AddDialog(new DateTimePrompt(DialogIds.When, timeProvider));
        AddDialog(new AttachmentPrompt(DialogIds.Photo, ComplaintValidators.PhotoAsync));
        AddDialog(new ConfirmPrompt(DialogIds.ConfirmComplaint));
    }

    private static async Task<DialogTurnResult> DescribeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var again = step.GetOptions<ComplaintRequest>()?.Again == true;
        await step.Context.SendActivityAsync(CustomerServiceText.Get(again ? "ComplaintAgain" : "ComplaintApology", locale), cancellationToken);
        return await step.PromptAsync(DialogIds.Description, CustomerServiceText.Ask(locale, "AskDescription", "DescriptionRetry"), cancellationToken);
    }

    private static async Task<DialogTurnResult> ParcelsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string description)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        step.Values["description"] = description;
        return await step.PromptAsync(DialogIds.Parcels, CustomerServiceText.Ask(step.DialogContext.Locale, "AskParcels", "ParcelsRetry"), cancellationToken);
    }

    private static async Task<DialogTurnResult> WhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not int parcels)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        step.Values["parcels"] = parcels;
        return await step.PromptAsync(DialogIds.When, CustomerServiceText.Ask(step.DialogContext.Locale, "AskWhen", "WhenRetry"), cancellationToken);
    }

    private static async Task<DialogTurnResult> PhotoStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IReadOnlyList<DateTimeResolution> { Count: > 0 } dates)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        step.Values["date"] = dates[0].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await step.PromptAsync(DialogIds.Photo, CustomerServiceText.Ask(step.DialogContext.Locale, "AskPhoto", "PhotoRetry"), cancellationToken);
    }

    private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TooManyAttempts)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        var photos = step.Result is IReadOnlyList<Attachment> files ? files.Count : 0;
        step.Values["photos"] = photos;
        var values = step.Values;
        var facts = new object?[]
        {
            values["description"]!.GetValue<string>(), values["parcels"]!.GetValue<int>(), values["date"]!.GetValue<string>(), photos,
        };
        var options = CustomerServiceText.Ask(
            step.DialogContext.Locale, photos > 0 ? "ConfirmWithPhotos" : "ConfirmWithoutPhotos", "ConfirmRetry", facts);
        return await step.PromptAsync(DialogIds.ConfirmComplaint, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case true:
                await step.Context.SendActivityAsync(CustomerServiceText.Get("ComplaintNoted", step.DialogContext.Locale), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case false:
                return await step.DialogContext.ReplaceDialogAsync(DialogIds.ComplaintSteps, new ComplaintRequest(Again: true), cancellationToken);
            default:
                return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
    }
}
