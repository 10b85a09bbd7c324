using Bot.Domain.Complaints;
using Bot.Domain.Customers;

namespace Bot.Domain.Handoff;

/// <summary>
/// Queue priority: points for the customer's tier and the case's severity and reason, plus ageing points for every minute
/// waited, so nobody waits behind a stream of higher-tier customers forever. Higher first; equal priority → longer wait first.
/// </summary>
public sealed class QueuePolicy(QueuePolicyWeights weights)
{
    public static QueuePolicy Default { get; } = new(QueuePolicyWeights.Default);

    public double Priority(QueueItem item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        var tier = item.Tier switch
        {
            CustomerTier.Key => weights.KeyTier,
            CustomerTier.Suitable => weights.SuitableTier,
            _ => weights.GeneralTier,
        };
        var severity = item.Severity == ComplaintSeverity.High ? weights.HighSeverity : 0;
        var threat = item.Reason is EscalationReason.LegalThreat or EscalationReason.MediaThreat or EscalationReason.RegulatorThreat
            ? weights.Threat
            : 0;
        var waited = Math.Max(0, (now - item.QueuedAt).TotalMinutes);
        return tier + severity + threat + (waited * weights.AgeingPerMinute);
    }

    /// <summary>The queue in the order agents should take it.</summary>
    public IReadOnlyList<QueueItem> Order(IEnumerable<QueueItem> items, DateTimeOffset now) =>
        [.. items.OrderByDescending(i => Priority(i, now)).ThenBy(i => i.QueuedAt).ThenBy(i => i.EscalationId, StringComparer.Ordinal)];

    /// <summary>The 1-based position of an item in the ordered queue, or 0 when it is not in it.</summary>
    public int PositionOf(string escalationId, IEnumerable<QueueItem> items, DateTimeOffset now)
    {
        var ordered = Order(items, now);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].EscalationId == escalationId)
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>The least busy agent who can take the item (lowest load, then fewest chats, then id), or null.</summary>
    public static AgentAvailability? PickAgent(QueueItem item, IEnumerable<AgentAvailability> agents) =>
        agents.Where(a => a.CanTake(item))
            .OrderBy(a => a.Load)
            .ThenBy(a => a.ActiveConversations)
            .ThenBy(a => a.AgentId, StringComparer.Ordinal)
            .FirstOrDefault();
}
