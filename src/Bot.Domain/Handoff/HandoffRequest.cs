using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;

namespace Bot.Domain.Handoff;

/// <summary>
/// The bot asks for a person: which conversation, why, the customer's tier, the case's severity and topic (skill), the
/// customer's language ("en"/"zh"), the shipment numbers and complaint references already known, and who said what so far
/// is read from the stored transcript by the handler.
/// </summary>
public sealed record HandoffRequest(
    ConversationAddress Conversation,
    EscalationReason Reason,
    Skill Skill,
    string Language,
    CustomerTier Tier = CustomerTier.General,
    ComplaintSeverity Severity = ComplaintSeverity.Normal,
    string? CustomerId = null,
    IReadOnlyList<string>? TrackingNumbers = null,
    IReadOnlyList<string>? ComplaintReferences = null,
    string? ResumeHint = null);
