using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Domain.Complaints;

/// <summary>One row of the SLA table: business time to resolve a complaint of this category for this tier.</summary>
public sealed record ServiceLevelEntry(ComplaintCategory Category, CustomerTier Tier, TimeSpan BusinessTime);
