using Bot.Domain.Shipments;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// A shipment put into words for one customer: stage, what it means, the apology or cause, the last scan, the promised
/// window, the next step, the private details (only with a proven link) and the timeline newest first. The card and
/// the plain text are both rendered from it, so they always say the same.
/// </summary>
internal sealed record ShipmentView(
    string Number,
    ShipmentStage Stage,
    string StageName,
    string Description,
    string? Note,
    bool NeedsAttention,
    ShipmentFact LastScan,
    ShipmentFact Promised,
    ShipmentFact NextStep,
    IReadOnlyList<ShipmentFact> Details,
    string? DetailsHint,
    IReadOnlyList<ShipmentFact> Timeline)
{
    public static ShipmentView Of(Shipment shipment, TrackingTime time, DateTimeOffset now, ShipmentViewOptions options)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        var locale = time.Locale;
        var explanation = shipment.Explanation;
        var lastScan = new ShipmentFact(
            Text("LabelLastScan"), shipment.LastScan is { } scan ? PlaceAndTime(scan, time, withZone: true) : Text("NoScanYet"));
        var promised = new ShipmentFact(Text("LabelPromised"), TrackingText.Get("PromiseWindow", locale,
            time.Format(shipment.PromisedDelivery.From), time.FormatWithZone(shipment.PromisedDelivery.To)));
        var withDetails = options.WithDetails && !options.SharedChat;
        var details = withDetails ? PrivateFacts(shipment, locale).ToList() : [];
        var timeline = shipment.Timeline.Reverse().Take(options.TimelineLength)
            .Select(e => new ShipmentFact(time.Format(e.At), StageAt(e, locale)))
            .ToList();
        var hint = withDetails || !HasPrivateDetails(shipment) ? null
            : options.SharedChat ? Text("DetailsInPersonalChat")
            : options.OfferDetails ? Text("DetailsHint")
            : null;
        return new ShipmentView(
            shipment.Number.Value, shipment.CurrentStage, Text(explanation.NameKey), Text(explanation.DescriptionKey),
            NoteFor(shipment, time, now), shipment.IsException || shipment.IsLate(now),
            lastScan, promised, new ShipmentFact(Text("LabelNext"), Text(explanation.NextStepKey)), details, hint, timeline);

        string Text(string name) => TrackingText.Get(name, locale);
    }

    /// <summary>The scan's place and time, "Wuhan hub, Jun 3, 2:15 PM".</summary>
    public static string PlaceAndTime(ShipmentEvent scan, TrackingTime time, bool withZone)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(time);
        var when = withZone ? time.FormatWithZone(scan.At) : time.Format(scan.At);
        return string.IsNullOrWhiteSpace(scan.Location) ? when : TrackingText.Get("PlaceAndTime", time.Locale, scan.Location, when);
    }

    /// <summary>True when the shipment has something only a linked requester may see.</summary>
    public static bool HasPrivateDetails(Shipment shipment) =>
        shipment.Consignee.Name is not null || shipment.Consignee.Address is not null || shipment.Delivery?.SignedBy is not null;

    private static string StageAt(ShipmentEvent scan, string locale)
    {
        var stage = TrackingText.Get(ShipmentStageGuide.For(scan.Stage).NameKey, locale);
        return string.IsNullOrWhiteSpace(scan.Location) ? stage : TrackingText.Get("StageAtPlace", locale, stage, scan.Location);
    }

    // Why the customer might be worried, said first: a problem with its reason, a missed promise, a return's cause.
    private static string? NoteFor(Shipment shipment, TrackingTime time, DateTimeOffset now)
    {
        var locale = time.Locale;
        if (shipment.IsException)
        {
            return shipment.ExceptionReason is { Length: > 0 } reason
                ? TrackingText.Get("ExceptionNote", locale, reason)
                : TrackingText.Get("ExceptionNoteNoReason", locale);
        }
        if (shipment.IsLate(now))
        {
            return TrackingText.Get("LateNote", locale, time.Format(shipment.PromisedDelivery.To));
        }
        if (shipment.CurrentStage == ShipmentStage.Returned && shipment.LastScan?.ExceptionReason is { Length: > 0 } cause)
        {
            return TrackingText.Get("ReturnedNote", locale, cause);
        }
        return shipment.WasDeliveredLate ? TrackingText.Get("DeliveredLateNote", locale) : null;
    }

    private static IEnumerable<ShipmentFact> PrivateFacts(Shipment shipment, string locale)
    {
        if (shipment.Consignee.Name is { } name)
        {
            yield return new ShipmentFact(TrackingText.Get("LabelReceiver", locale), name);
        }
        if (shipment.Consignee.Address is { } address)
        {
            yield return new ShipmentFact(TrackingText.Get("LabelAddress", locale), address);
        }
        if (shipment.Delivery?.SignedBy is { } signer)
        {
            yield return new ShipmentFact(TrackingText.Get("LabelSignedBy", locale), signer);
        }
    }
}
