using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// Field labels of the agent-facing handoff summary in English and Chinese.
internal sealed record SummaryLabels(
    string Intent, string Category, string Sentiment, string Signals, string KeyLines, string NothingSaid,
    IReadOnlyDictionary<EntityKind, string> Entities, IReadOnlyList<string> SignalNames)
{
    private static readonly SummaryLabels English = new(
        "Intent", "Category", "Sentiment", "Escalation signals", "Key customer lines", "The customer has not written anything yet.",
        new Dictionary<EntityKind, string>
        {
            [EntityKind.TrackingNumber] = "Tracking numbers",
            [EntityKind.ComplaintReference] = "Complaint references",
            [EntityKind.PhoneNumber] = "Phone numbers",
            [EntityKind.OrderNumber] = "Order numbers",
            [EntityKind.DesiredResolution] = "Wants",
        },
        ["asks for a person", "legal threat", "media threat", "regulator threat", "switching provider"]);

    private static readonly SummaryLabels Chinese = new(
        "意图", "投诉类别", "情绪", "升级信号", "客户关键原话", "客户尚未发言。",
        new Dictionary<EntityKind, string>
        {
            [EntityKind.TrackingNumber] = "运单号",
            [EntityKind.ComplaintReference] = "投诉编号",
            [EntityKind.PhoneNumber] = "电话",
            [EntityKind.OrderNumber] = "订单号",
            [EntityKind.DesiredResolution] = "诉求",
        },
        ["要求转人工", "提及法律行动", "提及媒体", "提及监管部门", "表示要换快递公司"]);

    public static SummaryLabels For(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public string Entity(EntityKind kind) => Entities.TryGetValue(kind, out var label) ? label : kind.ToString();

    public string Describe(EscalationSignals signals)
    {
        bool[] flags = [signals.AsksForPerson, signals.LegalThreat, signals.MediaThreat, signals.RegulatorThreat, signals.SwitchingProvider];
        return string.Join(", ", SignalNames.Where((_, i) => flags[i]));
    }
}
