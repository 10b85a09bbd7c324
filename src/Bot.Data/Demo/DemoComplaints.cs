using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Domain.Shipments;

namespace Bot.Data.Demo;

/// <summary>
/// Demo complaints in every state a customer can ask about: closed, resolved and waiting for the customer's answer,
/// overdue, in progress with an update, open, and open without a waybill. References are numbered in that (opening)
/// order per opening year (CMP-YYYY-000001 …); none has a conversation to notify. Promises of the unresolved ones
/// lie a day or more ahead (the overdue one a few hours behind), so the states hold while a demo is being shown.
/// </summary>
internal static class DemoComplaints
{
    public static IReadOnlyList<Complaint> Create(DateTimeOffset utcNow, IReadOnlyList<Shipment> shipments)
    {
        // Opened in China: the reference year is the year there.
        var now = utcNow.ToOffset(DemoShipments.ChinaStandardTime);
        var serials = new Dictionary<int, int>();
        Complaint Numbered(NewComplaint details)
        {
            var year = details.OpenedAt.Year;
            serials[year] = serials.GetValueOrDefault(year) + 1;
            return new Complaint(new ComplaintReference(year, serials[year]), details);
        }

        var lateForOrient = shipments.First(s => s.CustomerId == DemoCustomers.SecondKeyAccount && s.IsLate(now));
        var deliveredForBlueHarbor = shipments.First(s => s.CustomerId == DemoCustomers.SecondSuitable && s.IsDelivered);

        var closed = Numbered(Intake(now.AddDays(-6), "zh-CN", DemoCustomers.SecondSuitable, CustomerTier.Suitable,
            "+86 158 5921 3377", deliveredForBlueHarbor.Number.Value, ComplaintCategory.PriceOrBilling, "运费多收了 36 元。",
            $"快件 {deliveredForBlueHarbor.Number.Value} 的运费多收了 36 元，您希望退还。", "退还多收的运费", now.AddDays(-5)));
        closed.Resolve(new ComplaintResolution("多收的 36 元运费已退回原付款账户。 The 36 yuan overcharge was refunded.",
            new Compensation(CompensationKind.Refund, 36.00m), "Weight entered as 12 kg instead of 2 kg at pick-up.", now.AddDays(-5).AddHours(-2)));
        closed.RecordSatisfaction(true, now.AddDays(-4));

        var awaitingAnswer = Numbered(Intake(now.AddDays(-3), "en-US", DemoCustomers.General, CustomerTier.General,
            "+86 136 6677 8899", "668812345678", ComplaintCategory.DeliveryHandling,
            "The courier would not wait while I checked the parcel, so it was sent back.",
            "The courier left before you could check parcel 668812345678 and it went back to the shipper; that was frustrating.",
            "Send it again and let me check it on delivery", now.AddDays(-2)));
        awaitingAnswer.AddUpdate(new ComplaintUpdate(now.AddDays(-2).AddHours(-3), "Transport is rebooking the delivery.", "Transport"));
        awaitingAnswer.Resolve(new ComplaintResolution(
            "Re-sent free of charge; the courier will call 30 minutes ahead and wait for the inspection.",
            new Compensation(CompensationKind.Refund, 12.00m), "The courier skipped the inspection-on-delivery step.", now.AddHours(-4)));

        var overdue = Intake(now.AddHours(-26), "zh-CN", DemoCustomers.SecondKeyAccount, CustomerTier.Key, "+86 139 1820 5566",
            lateForOrient.Number.Value, ComplaintCategory.Delay, "这批配件客户在等着装车，已经超过承诺时间了。",
            $"快件 {lateForOrient.Number.Value} 超过承诺时间仍未送达，影响您的客户装车，您非常着急。",
            "今天之内送到", now.AddHours(-3)) with { EscalationReason = EscalationReason.KeyAccount };
        var acknowledged = Numbered(overdue);
        acknowledged.Lifecycle.Acknowledge();

        var inProgress = Intake(now.AddHours(-20), "en-US", DemoCustomers.Suitable, CustomerTier.Suitable, "+86 137 2233 4455",
            "773012345678", ComplaintCategory.DamageOrDeterioration, "The carton of our tea order was crushed in Nanjing.",
            "The carton of parcel 773012345678 was damaged in sorting and you are worried about the tea inside.",
            "Check the goods and replace anything damaged", now.AddHours(28));
        var working = Numbered(inProgress);
        working.AddUpdate(new ComplaintUpdate(now.AddHours(-5),
            "Packaging team inspected the tea tins: two are dented and will be replaced before redelivery. 包装组已检查：两罐茶叶罐体变形，将在重新派送前更换。",
            "Packaging"));

        var open = Numbered(Intake(now.AddHours(-2), "zh-CN", DemoCustomers.General, CustomerTier.General, "+86 136 6677 8899",
            "SF1234567890123", ComplaintCategory.Delay, "我的货都交给你们10多天了，怎么还没有到？",
            "您的快件 SF1234567890123 已寄出十多天仍未送达，让您很着急。", "尽快送到，并告诉我现在在哪里", now.AddHours(40)));

        var noWaybill = Numbered(Intake(now.AddHours(-1), "en-US", DemoCustomers.KeyAccount, CustomerTier.Key, "+86 138 0013 8000",
            null, ComplaintCategory.StaffAttitudeOrConduct, "The driver was rude to our warehouse staff at pick-up yesterday.",
            "A driver was rude to your warehouse staff at pick-up yesterday, and you were upset by it.",
            "An apology and a different driver for our pick-ups", now.AddHours(24)) with { EscalationReason = EscalationReason.KeyAccount });

        return [closed, awaitingAnswer, acknowledged, working, open, noWaybill];
    }

    private static NewComplaint Intake(
        DateTimeOffset openedAt,
        string locale,
        string customerId,
        CustomerTier tier,
        string phone,
        string? trackingNumber,
        ComplaintCategory category,
        string description,
        string summary,
        string desired,
        DateTimeOffset promisedBy) =>
        new(openedAt, "webchat", null, locale, customerId, tier, phone,
            trackingNumber is null ? null : TrackingNumber.Parse(trackingNumber), category, description, summary, desired,
            promisedBy, DepartmentRouting.For(category));
}
