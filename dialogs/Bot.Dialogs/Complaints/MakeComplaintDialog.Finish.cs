using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Domain.Shipments;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Complaints;

// R1 steps 7–9: the complaint is stored with its promised time and department, and confirmed with its reference, the
// promise, the department in plain words, an honest word about escalation, and where the goods are now.
public sealed partial class MakeComplaintDialog
{
    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The open question is optional: after the allowed attempts the complaint is registered without an answer.
        var desired = step.Result is string text && !ComplaintValidators.IsSkip(text) ? text : null;
        var values = new IntakeValues(step.Values);
        var locale = step.DialogContext.Locale;
        var shipment = TrackingNumber.TryParse(values.TrackingNumber, out var number)
            ? await _services.Shipments.FindAsync(number, cancellationToken)
            : null;
        var customer = await CustomerOfAsync(step, shipment, cancellationToken);
        var tier = customer?.Tier ?? CustomerTier.General;
        var category = values.Category;
        var (reason, severity) = ComplaintEscalationPolicy.Decide(
            ComplaintSignals.Read(step.DialogContext), tier, category, values.DeclaredValue, _services.Complaint.HighSeverityValue);
        var now = _services.Time.GetUtcNow();
        var activity = step.Context.Activity;
        var complaint = await _services.Complaints.CreateAsync(
            new NewComplaint(
                now,
                activity.ChannelId ?? string.Empty,
                activity.Conversation?.Id is { Length: > 0 } conversationId ? new ConversationAddress(activity.ChannelId ?? string.Empty, conversationId) : null,
                locale,
                customer?.Id,
                tier,
                values.Phone,
                shipment?.Number,
                category,
                values.Description,
                values.Summary,
                desired,
                _promises.PromisedResolution(category, tier, now),
                DepartmentRouting.For(category),
                severity,
                values.Photos,
                reason),
            cancellationToken);
        foreach (var message in Confirmation(complaint, shipment, now, locale))
        {
            await step.Context.SendActivityAsync(ComplaintText.Message(message), cancellationToken);
        }
        if (reason is { } escalation && complaint.Details.Conversation is { } conversation)
        {
            await QueueForPersonAsync(step, complaint, conversation, escalation, cancellationToken);
        }
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // An escalated complaint also goes to the agents' queue (issue 6): the customer is told their place and wait; when
    // nobody can take the chat the complaint's department still has it (the notice above said so).
    private async Task QueueForPersonAsync(
        WaterfallStepContext step, Complaint complaint, ConversationAddress conversation, EscalationReason reason, CancellationToken cancellationToken)
    {
        if (_services.Handoff is not { } handoff)
        {
            return;
        }
        var locale = step.DialogContext.Locale;
        var details = complaint.Details;
        var ticket = await handoff.RequestAsync(
            new HandoffRequest(
                conversation, reason, details.Category == Domain.Language.ComplaintCategory.PriceOrBilling ? Skill.Billing : Skill.Complaints,
                Main.HumanHandoff.LanguageOf(locale),
                details.Tier, details.Severity, details.CustomerId,
                details.TrackingNumber is { } number ? [number.Value] : null,
                [complaint.Reference.ToString()]),
            cancellationToken);
        if (ticket.Outcome is HandoffOutcome.Queued)
        {
            await Main.HumanHandoff.TellQueuedAsync(step.Context, ticket, locale, cancellationToken);
        }
        else if (ticket.Outcome is HandoffOutcome.Assigned or HandoffOutcome.External or HandoffOutcome.AlreadyEscalated)
        {
            step.Context.TurnState[Main.HumanHandoff.QueuedKey] = true;
        }
    }

    private IEnumerable<string> Confirmation(Complaint complaint, Shipment? shipment, DateTimeOffset now, string locale)
    {
        var details = complaint.Details;
        yield return ComplaintText.Get("ComplaintRegistered", locale, complaint.Reference);
        yield return ComplaintText.Get("ComplaintPromise", locale, ComplaintText.Time(details.PromisedBy, _zone, locale));
        yield return ComplaintText.Get($"Department.{details.Department}", locale);
        if (complaint.EscalationReason is { } reason)
        {
            yield return ComplaintText.Get(ComplaintMessages.EscalationNotice(reason), locale);
        }
        if (shipment is not null)
        {
            yield return ComplaintMessages.GoodsStatus(shipment, now, _zone, locale);
        }
    }

    // The shipment's owner; without a known shipment, the customer whose Teams contact is writing.
    private async Task<Customer?> CustomerOfAsync(WaterfallStepContext step, Shipment? shipment, CancellationToken cancellationToken)
    {
        if (shipment is not null)
        {
            return await _services.Customers.FindAsync(shipment.CustomerId, cancellationToken);
        }
        return (await _services.Contacts.ResolveAsync(step.Context, cancellationToken))?.Customer;
    }
}
