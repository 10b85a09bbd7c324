using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Domain.Complaints;

/// <summary>
/// Promised resolution time (in business hours) by category × customer tier: a per-tier default, overridden by
/// category rows. Values come from configuration; <see cref="Default"/> is the built-in table.
/// </summary>
public sealed class ServiceLevelTable
{
    private readonly Dictionary<CustomerTier, TimeSpan> byTier;
    private readonly Dictionary<(ComplaintCategory, CustomerTier), TimeSpan> overrides;

    public ServiceLevelTable(IReadOnlyDictionary<CustomerTier, TimeSpan> byTier, IEnumerable<ServiceLevelEntry>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(byTier);
        foreach (var tier in Enum.GetValues<CustomerTier>())
        {
            if (!byTier.TryGetValue(tier, out var time) || time <= TimeSpan.Zero)
            {
                throw new ArgumentException($"The SLA table needs a positive default time for tier {tier}.", nameof(byTier));
            }
        }

        this.byTier = new Dictionary<CustomerTier, TimeSpan>(byTier);
        this.overrides = [];
        foreach (var entry in overrides ?? [])
        {
            if (entry.BusinessTime <= TimeSpan.Zero)
            {
                throw new ArgumentException($"The SLA time for {entry.Category}/{entry.Tier} must be positive.", nameof(overrides));
            }

            this.overrides[(entry.Category, entry.Tier)] = entry.BusinessTime;
        }
    }

    /// <summary>Key accounts 4 h, suitable 8 h, general 16 h; loss, damage and accidents twice as fast.</summary>
    public static ServiceLevelTable Default { get; } = new(
        new Dictionary<CustomerTier, TimeSpan>
        {
            [CustomerTier.Key] = TimeSpan.FromHours(4),
            [CustomerTier.Suitable] = TimeSpan.FromHours(8),
            [CustomerTier.General] = TimeSpan.FromHours(16),
        },
        from category in new[] { ComplaintCategory.ShortageOrLoss, ComplaintCategory.DamageOrDeterioration, ComplaintCategory.AccidentOrIncident }
        from tier in new[] { (CustomerTier.Key, 2), (CustomerTier.Suitable, 4), (CustomerTier.General, 8) }
        select new ServiceLevelEntry(category, tier.Item1, TimeSpan.FromHours(tier.Item2)));

    public TimeSpan BusinessTimeFor(ComplaintCategory category, CustomerTier tier) =>
        overrides.TryGetValue((category, tier), out var time) ? time : byTier[tier];
}
