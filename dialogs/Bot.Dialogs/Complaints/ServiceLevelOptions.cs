using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// The SLA table (section <c>Complaints:ServiceLevels</c>): business hours to resolve a complaint per tier, overridden
/// per category × tier. Without configured overrides the built-in ones apply (<see cref="ServiceLevelTable.Default"/>:
/// loss, damage and accidents twice as fast).
/// </summary>
public sealed class ServiceLevelOptions
{
    /// <summary>Business hours per tier: Key 4, Suitable 8, General 16.</summary>
    public Dictionary<CustomerTier, double> Tiers { get; set; } = new()
    {
        [CustomerTier.Key] = 4,
        [CustomerTier.Suitable] = 8,
        [CustomerTier.General] = 16,
    };

    /// <summary>Category × tier rows; null keeps the built-in rows, a configured list replaces them.</summary>
    public List<ServiceLevelOverride>? Overrides { get; set; }

    /// <exception cref="ArgumentException">A tier is missing or a time is not positive.</exception>
    public ServiceLevelTable CreateTable()
    {
        var byTier = Tiers.ToDictionary(t => t.Key, t => Hours(t.Value));
        var overrides = Overrides?.Select(o => new ServiceLevelEntry(o.Category, o.Tier, Hours(o.Hours)))
            ?? BuiltInOverrides();
        return new ServiceLevelTable(byTier, overrides);
    }

    private static IEnumerable<ServiceLevelEntry> BuiltInOverrides() =>
        from category in Enum.GetValues<ComplaintCategory>()
        from tier in Enum.GetValues<CustomerTier>()
        let time = ServiceLevelTable.Default.BusinessTimeFor(category, tier)
        where time != ServiceLevelTable.Default.BusinessTimeFor(ComplaintCategory.Other, tier)
        select new ServiceLevelEntry(category, tier, time);

    private static TimeSpan Hours(double hours) =>
        double.IsFinite(hours) && hours > 0 && hours <= 24 * 365
            ? TimeSpan.FromHours(hours)
            : throw new ArgumentException($"An SLA time must be a positive number of hours, not {hours}.", nameof(hours));
}
