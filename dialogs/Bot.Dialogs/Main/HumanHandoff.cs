using System.Globalization;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

/// <summary>
/// The one place where the customer is handed to a person: the main menu, the "talk to a person" interruption, a task's
/// follow-up, the offer after repeated misunderstandings and a low survey score all come here. It asks the host's
/// handoff (<see cref="IHandoffRequests"/>) and tells the customer what happened: their place in the queue and the
/// estimated wait, or — outside opening hours or with nobody online — that they can leave a message for a call-back
/// (the next message is taken as that message, see <see cref="CallbackMessage"/>). Without a handoff registered, it says
/// honestly that no agent can join the chat.
/// </summary>
internal sealed class HumanHandoff(CustomerServiceServices services)
{
    /// <summary>Set in the turn when the conversation was queued or given to a person: the menu then waits without a word.</summary>
    public const string QueuedKey = "customerService.handoffQueued";

    public async Task HandOffAsync(DialogContext dc, EscalationReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var locale = dc.Locale;
        if (services.Handoff is not { } handoff)
        {
            var contact = services.Options.Contact;
            await SayAsync(dc.Context, string.IsNullOrWhiteSpace(contact)
                ? CustomerServiceText.Get("NoAgents", locale)
                : CustomerServiceText.Get("NoAgentsContact", locale, contact.Trim()), cancellationToken);
            return;
        }
        var turn = dc.Context;
        var activity = turn.Activity;
        var customer = (await services.Contacts.ResolveAsync(turn, cancellationToken))?.Customer;
        var tier = customer?.Tier ?? CustomerTier.General;
        var request = new HandoffRequest(
            new ConversationAddress(activity.ChannelId!, activity.Conversation!.Id!),
            reason == EscalationReason.CustomerAskedForPerson && tier == CustomerTier.Key ? EscalationReason.KeyAccount : reason,
            SkillOf(dc),
            LanguageOf(locale),
            tier,
            CustomerId: customer?.Id,
            TrackingNumbers: TurnUnderstanding.TrackingNumbers(TurnUnderstanding.Known(turn)));
        var ticket = await handoff.RequestAsync(request, cancellationToken);
        switch (ticket.Outcome)
        {
            case HandoffOutcome.Queued:
                await TellQueuedAsync(turn, ticket, locale, cancellationToken);
                break;
            case HandoffOutcome.Assigned or HandoffOutcome.External or HandoffOutcome.AlreadyEscalated:
                turn.TurnState[QueuedKey] = true;
                await SayAsync(turn, CustomerServiceText.Get(
                    ticket.Outcome == HandoffOutcome.External ? "HandoffExternal" : "HandoffConnecting", locale), cancellationToken);
                break;
            case HandoffOutcome.OutsideOpeningHours:
                await CallbackMessage.AwaitAsync(turn, cancellationToken);
                await SayAsync(turn, CustomerServiceText.Get(
                    "HandoffClosed", locale, ticket.NextOpening is { } opens ? FormatOpening(opens, locale) : "-"), cancellationToken);
                break;
            default:
                await CallbackMessage.AwaitAsync(turn, cancellationToken);
                await SayAsync(turn, CustomerServiceText.Get("HandoffNoAgent", locale), cancellationToken);
                break;
        }
    }

    /// <summary>Tells a queued customer their place and the estimated wait, and lets the menu fall silent.</summary>
    public static async Task TellQueuedAsync(TurnContext turn, HandoffTicket ticket, string locale, CancellationToken cancellationToken)
    {
        turn.TurnState[QueuedKey] = true;
        await SayAsync(turn, ticket.EstimatedWait is { } wait
            ? CustomerServiceText.Get("HandoffQueued", locale, ticket.Position, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)))
            : CustomerServiceText.Get("HandoffQueuedUnknownWait", locale, ticket.Position), cancellationToken);
    }

    /// <summary>The handoff's language code ("zh" / "en") of a locale.</summary>
    public static string LanguageOf(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";

    public static bool WasQueued(TurnContext turn) => turn.TurnState.TryGetValue(QueuedKey, out var queued) && queued is true;

    private static async Task SayAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendActivityAsync(CustomerServiceText.Message(text), cancellationToken);

    // Complaints (and a complaint's status) go to the complaints skill; everything else starts with tracking.
    private static Skill SkillOf(DialogContext dc)
    {
        for (var context = dc; context is not null; context = context.Child)
        {
            if (context.Stack.Any(i => i.Id.StartsWith(DialogIds.Complaint, StringComparison.Ordinal)
                || i.Id.StartsWith(DialogIds.CheckComplaint, StringComparison.Ordinal)
                || i.Id.StartsWith(DialogIds.ComplaintClosure, StringComparison.Ordinal)))
            {
                return Skill.Complaints;
            }
        }
        return Skill.Tracking;
    }

    private static string FormatOpening(DateTimeOffset opens, string locale) =>
        opens.ToString(locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "M月d日 HH:mm" : "ddd d MMM, HH:mm", CultureInfo.GetCultureInfo(locale));
}
