using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Domain.Shipments;

namespace Bot.Domain.Complaints;

/// <summary>
/// The facts taken at intake (DOMAIN.md §10 R1, R2): who, where they can be reached, the waybill (null when the customer
/// has none), the category, the customer's own words, the restated summary they confirmed, what they would like us to
/// do, the promised resolution time and the responsible department.
/// </summary>
public sealed record NewComplaint(
    DateTimeOffset OpenedAt,
    string Channel,
    ConversationAddress? Conversation,
    string Locale,
    string? CustomerId,
    CustomerTier Tier,
    string? ContactPhone,
    TrackingNumber? TrackingNumber,
    ComplaintCategory Category,
    string Description,
    string Summary,
    string? DesiredResolution,
    DateTimeOffset PromisedBy,
    Department Department,
    ComplaintSeverity Severity = ComplaintSeverity.Normal,
    int PhotoCount = 0,
    EscalationReason? EscalationReason = null);
