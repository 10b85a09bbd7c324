using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;

namespace Bot.Domain.Surveys;

/// <summary>A survey offered in a conversation, about a shipment or a complaint (at most one per conversation and one per complaint).</summary>
public sealed record SurveyOffer(
    ConversationAddress Conversation,
    SurveyTrigger Trigger,
    SurveyHandler HandledBy,
    string? AgentId,
    TrackingNumber? Shipment,
    ComplaintReference? Complaint,
    DateTimeOffset At);
