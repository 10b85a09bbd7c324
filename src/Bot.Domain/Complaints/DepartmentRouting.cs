using System.Collections.Frozen;
using Bot.Domain.Language;

namespace Bot.Domain.Complaints;

/// <summary>Which department is responsible for a complaint category (R1 step 8).</summary>
public static class DepartmentRouting
{
    private static readonly FrozenDictionary<ComplaintCategory, Department> Routes =
        new Dictionary<ComplaintCategory, Department>
        {
            [ComplaintCategory.Delay] = Department.Transport,
            [ComplaintCategory.DamageOrDeterioration] = Department.Packaging,
            [ComplaintCategory.ShortageOrLoss] = Department.Warehouse,
            [ComplaintCategory.DispatchOrDocumentError] = Department.Warehouse,
            [ComplaintCategory.StaffAttitudeOrConduct] = Department.CustomerService,
            [ComplaintCategory.DeliveryHandling] = Department.Transport,
            [ComplaintCategory.TrackingInfoSlowOrMissing] = Department.CustomerService,
            [ComplaintCategory.PriceOrBilling] = Department.Billing,
            [ComplaintCategory.ValueAddedServiceFailure] = Department.Packaging,
            [ComplaintCategory.AccidentOrIncident] = Department.Transport,
            [ComplaintCategory.Other] = Department.CustomerService,
        }.ToFrozenDictionary();

    /// <summary>The whole table, one row per category.</summary>
    public static IReadOnlyDictionary<ComplaintCategory, Department> Table => Routes;

    public static Department For(ComplaintCategory category) =>
        Routes.TryGetValue(category, out var department)
            ? department
            : throw new ArgumentOutOfRangeException(nameof(category), category, "No department for this category.");
}
