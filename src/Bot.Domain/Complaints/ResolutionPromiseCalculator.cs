using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Domain.Complaints;

/// <summary>
/// Computes the promised resolution time of a complaint (R1 step 7, R14): the SLA table's business time for
/// category × tier, counted in the calendar's business hours from the moment the complaint was opened.
/// </summary>
public sealed class ResolutionPromiseCalculator(ServiceLevelTable table, BusinessCalendar calendar)
{
    public DateTimeOffset PromisedResolution(ComplaintCategory category, CustomerTier tier, DateTimeOffset openedAt) =>
        calendar.AddBusinessTime(openedAt, table.BusinessTimeFor(category, tier));

    /// <summary>True when the promise has passed and the complaint is still not resolved (R5: apologise and escalate).</summary>
    public static bool IsOverdue(DateTimeOffset promised, ComplaintStatus status, DateTimeOffset now) =>
        now > promised && status is ComplaintStatus.Open or ComplaintStatus.Acknowledged or ComplaintStatus.InProgress;
}
