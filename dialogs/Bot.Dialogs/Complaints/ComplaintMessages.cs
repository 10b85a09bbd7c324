using Bot.Domain.Complaints;
using Bot.Domain.Shipments;

namespace Bot.Dialogs.Complaints;

// Sentences about a complaint or its shipment that several dialogs (and the notifier) say the same way.
internal static class ComplaintMessages
{
    public static string EscalationNotice(EscalationReason reason) => reason switch
    {
        EscalationReason.KeyAccount => "Escalated.KeyAccount",
        EscalationReason.HighSeverity => "Escalated.HighSeverity",
        _ => "Escalated.Threat",
    };

    /// <summary>R1 step 9: where the goods are now and when they were last scanned, and whether they are late.</summary>
    public static string GoodsStatus(Shipment shipment, DateTimeOffset now, TimeZoneInfo zone, string locale)
    {
        var number = shipment.Number.Value;
        var stage = ComplaintText.Get($"Stage.{shipment.CurrentStage}", locale);
        var status = shipment.LastScan switch
        {
            null => ComplaintText.Get("GoodsStatusNoScan", locale, number),
            { Location: { Length: > 0 } place } scan => ComplaintText.Get("GoodsStatus", locale, number, stage, place, ComplaintText.Time(scan.At, zone, locale)),
            var scan => ComplaintText.Get("GoodsStatusNoPlace", locale, number, stage, ComplaintText.Time(scan.At, zone, locale)),
        };
        return shipment.IsLate(now)
            ? status + ComplaintText.Get("GoodsLate", locale, ComplaintText.Time(shipment.PromisedDelivery.To, zone, locale))
            : status;
    }

    /// <summary>What was done, the compensation and the cause, one line each (R7).</summary>
    public static string Resolution(ComplaintResolution resolution, string locale)
    {
        var lines = new List<string> { ComplaintText.Get("ResolutionSummary", locale, resolution.Summary) };
        var compensation = resolution.Compensation;
        if (compensation.Kind != CompensationKind.None)
        {
            lines.Add(ComplaintText.Get($"Compensation.{compensation.Kind}", locale, ComplaintText.Amount(compensation.Amount, locale)));
        }
        if (!string.IsNullOrWhiteSpace(resolution.RootCause))
        {
            lines.Add(ComplaintText.Get("ResolutionCause", locale, resolution.RootCause));
        }
        return string.Join("\n", lines);
    }
}
