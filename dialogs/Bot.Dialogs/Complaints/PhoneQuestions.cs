using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Teams;

namespace Bot.Dialogs.Complaints;

// R1 step 4, the contact phone: a Teams user who is a known contact of the shipment's customer is offered the phone on
// file; anyone else is asked, and the answer must be a phone number (PhoneNumber). In a Teams group chat or channel the
// phone on file is not read out, where everyone would read it: it is used as it is. Ends with the PhoneNumber, an
// UnsaidPhone, or TooManyAttempts.
internal sealed class PhoneQuestions(CustomerServiceServices services)
{
    private const string OnFileKey = "onFile";

    public IEnumerable<Dialog> Dialogs() =>
    [
        new WaterfallDialog(ComplaintDialogIds.PhoneSteps, [OfferStepAsync, AskStepAsync, AnswerStepAsync]),
        new ConfirmPrompt(ComplaintDialogIds.ProposePhone),
        new TextPrompt(ComplaintDialogIds.Phone, (prompt, ct) => Task.FromResult(PhoneNumber.TryFind(prompt.Context.Activity.Text, out _))),
    ];

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        if (await PhoneOnFileAsync(step, cancellationToken) is { } onFile)
        {
            if (TeamsConversationTypes.IsShared(step.Context.Activity))
            {
                return await step.EndDialogAsync(new UnsaidPhone(onFile), cancellationToken);
            }
            step.Values[OnFileKey] = onFile.Value;
            return await step.PromptAsync(ComplaintDialogIds.ProposePhone, ComplaintText.Ask(locale, "ProposePhone", "ConfirmRetry", onFile.Value), cancellationToken);
        }
        return await step.PromptAsync(ComplaintDialogIds.Phone, ComplaintText.Ask(locale, "AskPhone", "PhoneRetry"), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result switch
        {
            true when PhoneNumber.TryParse(step.Values[OnFileKey]?.GetValue<string>(), out var onFile) => await step.EndDialogAsync(onFile, cancellationToken),
            bool => await step.PromptAsync(ComplaintDialogIds.Phone, ComplaintText.Ask(step.DialogContext.Locale, "AskPhone", "PhoneRetry"), cancellationToken),
            _ => await step.NextAsync(step.Result, cancellationToken),
        };

    private static Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(
            step.Result is string text && PhoneNumber.TryFind(text, out var phone) ? phone : TooManyAttempts.Instance,
            cancellationToken);

    // Only on Teams, only for a contact of the customer that owns the shipment (the same rule as private tracking details).
    private async Task<PhoneNumber?> PhoneOnFileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Context.Activity.ChannelId != Channels.MsTeams
            || !TrackingNumber.TryParse(step.GetOptions<PhoneRequest>()?.TrackingNumber, out var number)
            || await services.Shipments.FindAsync(number, cancellationToken) is not { } shipment
            || await services.Contacts.ResolveAsync(step.Context, cancellationToken) is not { } known
            || !ShipmentLinkProof.ByKnownContact(shipment, known.Customer, known.Contact))
        {
            return null;
        }
        return PhoneNumber.TryParse(known.Contact.Phone, out var phone) ? phone : null;
    }
}
