using Bot.Dialogs.Main;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;
using Bot.Protocol.Schema;
using Bot.Runtime.Teams;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// Looks tracking numbers up and answers them: one message per shipment (an Adaptive Card with a text summary where the
/// channel renders cards, the full answer as plain text elsewhere) and one for the numbers not found, with the formats.
/// Private details are shown only for shipments this conversation is linked to (see <see cref="TrackingPrivacy"/>), and
/// never in a Teams group chat or channel, where everyone in it would read them: there the answer says they are
/// available in a personal chat, and no phone check is offered (digits typed there would be read by all too).
/// </summary>
internal sealed class ShipmentAnswers(CustomerServiceServices services)
{
    public async Task<TrackingFollowUp> AnswerAsync(TurnContext turn, IReadOnlyList<string> numbers, string locale, CancellationToken cancellationToken)
    {
        var (shipments, unknown) = await FindAsync(numbers, cancellationToken);
        var shared = TeamsConversationTypes.IsShared(turn.Activity);
        if (!shared)
        {
            await ProveByKnownContactAsync(turn, shipments, cancellationToken);
        }
        var now = services.Time.GetUtcNow();
        var messages = new List<Activity>();
        var hidden = new List<string>();
        foreach (var shipment in shipments)
        {
            var number = shipment.Number.Value;
            var proven = !shared && await TrackingPrivacy.IsProvenAsync(turn, number, cancellationToken);
            var refused = await TrackingPrivacy.IsRefusedAsync(turn, number, cancellationToken);
            if (!shared && !proven && !refused && ShipmentView.HasPrivateDetails(shipment))
            {
                hidden.Add(number);
            }
            var view = ShipmentView.Of(shipment, TrackingTime.For(turn.Activity, locale), now,
                new ShipmentViewOptions(WithDetails: proven, OfferDetails: !refused, services.Tracking.TimelineLength, SharedChat: shared));
            messages.Add(Message(view, locale, turn.Activity.ChannelId));
        }
        if (unknown.Count > 0)
        {
            messages.Add(TrackingText.Message(ShipmentText.Unknown(unknown, locale)));
        }
        await turn.SendActivitiesAsync(messages, cancellationToken);
        return new TrackingFollowUp(
            Found: [.. shipments.Select(s => s.Number.Value)],
            Unknown: unknown,
            Attention: shipments.FirstOrDefault(s => s.IsException || s.IsLate(now))?.Number.Value,
            Notifiable: [.. shipments.Where(s => !s.Explanation.IsFinal).Select(s => s.Number.Value)],
            Subscribed: [],
            Private: hidden);
    }

    /// <summary>The answers again with the private details, for shipments whose link was just proven.</summary>
    public async Task AnswerWithDetailsAsync(TurnContext turn, IReadOnlyList<Shipment> shipments, string locale, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var options = new ShipmentViewOptions(
            WithDetails: true, OfferDetails: false, services.Tracking.TimelineLength, SharedChat: TeamsConversationTypes.IsShared(turn.Activity));
        await turn.SendActivitiesAsync(
            [.. shipments.Select(s => Message(ShipmentView.Of(s, TrackingTime.For(turn.Activity, locale), now, options), locale, turn.Activity.ChannelId))],
            cancellationToken);
    }

    /// <summary>One short line per number, for a tracking number typed in the middle of another task.</summary>
    public async Task AnswerBrieflyAsync(TurnContext turn, IReadOnlyList<string> numbers, string locale, CancellationToken cancellationToken)
    {
        var (shipments, unknown) = await FindAsync(numbers, cancellationToken);
        var now = services.Time.GetUtcNow();
        var options = new ShipmentViewOptions(WithDetails: false, OfferDetails: false, TimelineLength: 1);
        var lines = shipments.Select(s => ShipmentText.Short(ShipmentView.Of(s, TrackingTime.For(turn.Activity, locale), now, options), locale)).ToList();
        if (unknown.Count > 0)
        {
            lines.Add(TrackingText.Get("UnknownNumber", locale, TrackingText.JoinList(unknown, locale)));
        }
        await turn.SendActivityAsync(TrackingText.Message(string.Join("\n", lines)), cancellationToken);
    }

    public async Task<(IReadOnlyList<Shipment> Found, IReadOnlyList<string> Unknown)> FindAsync(
        IReadOnlyList<string> numbers, CancellationToken cancellationToken)
    {
        var parsed = new List<TrackingNumber>();
        var unknown = new List<string>();
        foreach (var text in numbers.Distinct(StringComparer.Ordinal))
        {
            if (TrackingNumber.TryParse(text, out var number))
            {
                parsed.Add(number);
            }
            else
            {
                unknown.Add(text);
            }
        }
        var found = await services.Shipments.FindManyAsync(parsed, cancellationToken);
        unknown.AddRange(parsed.Where(n => !found.Any(s => s.Number == n)).Select(n => n.Value).Distinct(StringComparer.Ordinal));
        return (found, unknown);
    }

    public static Activity Message(ShipmentView view, string locale, bool cards, bool refreshable = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!cards)
        {
            return TrackingText.Message(ShipmentText.Full(view, locale));
        }
        var summary = ShipmentText.Summary(view, locale);
        var card = ShipmentCard.Create(view, locale, summary, refreshable);
        // Teams shows a message's text and its card in one bubble, so the card stands alone there; the summary still
        // names the message in notifications and the activity feed.
        return refreshable
            ? TrackingText.Message(summary) with { Text = null, Summary = summary, Attachments = [card] }
            : TrackingText.Message(summary) with { Attachments = [card] };
    }

    private Activity Message(ShipmentView view, string locale, string? channelId) =>
        Message(view, locale, services.Tracking.RendersCards(channelId), channelId == Channels.MsTeams);

    // A Teams user who is a known contact of the owning customer is linked without being asked (R22).
    private async Task ProveByKnownContactAsync(TurnContext turn, IReadOnlyList<Shipment> shipments, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (shipments.Count == 0 || activity.ChannelId != Channels.MsTeams)
        {
            return;
        }
        if (await services.Contacts.ResolveAsync(turn, cancellationToken) is { } known)
        {
            var linked = shipments.Where(s => ShipmentLinkProof.ByKnownContact(s, known.Customer, known.Contact)).Select(s => s.Number.Value);
            await TrackingPrivacy.MarkProvenAsync(turn, linked, cancellationToken);
        }
    }
}
