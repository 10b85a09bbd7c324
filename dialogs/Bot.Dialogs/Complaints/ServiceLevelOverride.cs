using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Dialogs.Complaints;

/// <summary>One row of <see cref="ServiceLevelOptions.Overrides"/>: business hours for a category and tier.</summary>
public sealed class ServiceLevelOverride
{
    public ComplaintCategory Category { get; set; }

    public CustomerTier Tier { get; set; }

    /// <summary>Business hours to resolve.</summary>
    public double Hours { get; set; }
}
