using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;
using Bot.Domain.Surveys;

namespace Bot.Dialogs.Surveys;

// The offer a survey request makes in a conversation: attributed to bot or agent, and to the shipment or complaint.
internal static class SurveyOffers
{
    public static SurveyOffer For(SurveyRequest request, ConversationAddress conversation, DateTimeOffset at) => new(
        conversation,
        request.Trigger,
        request.HandledBy,
        request.AgentId,
        TrackingNumber.TryParse(request.TrackingNumber, out var shipment) ? shipment : null,
        ComplaintReference.TryParse(request.ComplaintReference, out var complaint) ? complaint : null,
        at);
}
