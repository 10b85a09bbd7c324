using System.Text.Json.Nodes;
using Bot.Dialogs.Main;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Teams;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// "See delivery details": asks for the last four digits of the consignee's or the shipper's phone
/// (<see cref="ShipmentLinkProof.ByPhoneDigits"/>); a match shows the receiver, the address and who signed, and is
/// remembered for the conversation; after the allowed attempts nothing private is shown, for the rest of the
/// conversation. Ends with true when details were shown. The digits are never logged or repeated. Never asked in a Teams
/// group chat or channel, where the digits would be read by everyone.
/// </summary>
internal sealed class DeliveryDetailsDialog : ComponentDialog
{
    private readonly CustomerServiceServices _services;
    private readonly ShipmentAnswers _answers;

    public DeliveryDetailsDialog(CustomerServiceServices services)
        : base(TrackingIds.Details)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _answers = new ShipmentAnswers(services);
        AddDialog(new WaterfallDialog(TrackingIds.DetailsSteps, [AskDigitsStepAsync, ShowStepAsync]));
        AddDialog(new TextPrompt(TrackingIds.Digits, DigitsMatchAsync));
    }

    private async Task<DialogTurnResult> AskDigitsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Not offered in a shared Teams chat (ShipmentAnswers); a question begun before that rule still asks nobody there.
        if (TeamsConversationTypes.IsShared(step.Context.Activity))
        {
            await step.Context.SendActivityAsync(TrackingText.Get("DetailsInPersonalChat", step.DialogContext.Locale), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }
        var numbers = new List<string>();
        foreach (var number in step.GetOptions<DeliveryDetailsRequest>()?.Numbers ?? [])
        {
            if (!await TrackingPrivacy.IsRefusedAsync(step.Context, number, cancellationToken))
            {
                numbers.Add(number);
            }
        }
        if (numbers.Count == 0)
        {
            await step.Context.SendActivityAsync(TrackingText.Get("DetailsUnavailable", step.DialogContext.Locale), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }
        var options = TrackingText.Ask(step.DialogContext.Locale, "AskDigits", "DigitsMismatchRetry", _services.Tracking.ProofAttempts)
            with { Validations = new JsonArray([.. numbers.Select(n => JsonValue.Create(n))]) };
        return await step.PromptAsync(TrackingIds.Digits, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var shipments = await ShipmentsAsync(step.GetOptions<DeliveryDetailsRequest>()?.Numbers ?? [], cancellationToken);
        if (step.Result is not string digits)
        {
            await TrackingPrivacy.MarkRefusedAsync(step.Context, shipments.Select(s => s.Number.Value), cancellationToken);
            await step.Context.SendActivityAsync(TrackingText.Get("DetailsUnavailable", locale), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }
        var linked = shipments.Where(s => ShipmentLinkProof.ByPhoneDigits(s, digits)).ToList();
        await TrackingPrivacy.MarkProvenAsync(step.Context, linked.Select(s => s.Number.Value), cancellationToken);
        await step.Context.SendActivityAsync(TrackingText.Get("DetailsVerified", locale), cancellationToken);
        await _answers.AnswerWithDetailsAsync(step.Context, linked, locale, cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }

    // A wrong answer gets a retry that says what went wrong: not four digits, or digits that do not match.
    private async Task<bool> DigitsMatchAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Recognized.Value;
        var numbers = prompt.Options.Validations is JsonArray array ? [.. array.Select(n => n?.GetValue<string>()).OfType<string>()] : new List<string>();
        if ((await ShipmentsAsync(numbers, cancellationToken)).Any(s => ShipmentLinkProof.ByPhoneDigits(s, text)))
        {
            return true;
        }
        if (prompt.AttemptCount < prompt.Options.MaxAttempts)
        {
            var retry = text?.Count(char.IsDigit) == 4 ? "DigitsMismatchRetry" : "DigitsFormatRetry";
            await prompt.Context.SendActivityAsync(
                TrackingText.Message(TrackingText.Get(retry, prompt.Locale)) with { InputHint = Bot.Protocol.Schema.InputHints.ExpectingInput },
                cancellationToken);
        }
        return false;
    }

    private async Task<IReadOnlyList<Shipment>> ShipmentsAsync(IReadOnlyList<string> numbers, CancellationToken cancellationToken) =>
        (await _answers.FindAsync(numbers, cancellationToken)).Found;
}
