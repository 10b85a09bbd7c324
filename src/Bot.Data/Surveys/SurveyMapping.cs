using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;
using Bot.Domain.Surveys;

namespace Bot.Data.Surveys;

/// <summary>Converts between the survey rows and the domain <see cref="SurveyOffer"/> and <see cref="SurveyResponse"/>.</summary>
public static class SurveyMapping
{
    public static SurveyOfferEntity ToEntity(SurveyOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new SurveyOfferEntity
        {
            ConversationChannelId = offer.Conversation.ChannelId,
            ConversationId = offer.Conversation.ConversationId,
            Trigger = offer.Trigger,
            HandledBy = offer.HandledBy,
            AgentId = offer.AgentId,
            TrackingNumber = offer.Shipment?.Value,
            ComplaintReference = offer.Complaint?.ToString(),
            At = offer.At.ToUniversalTime(),
        };
    }

    public static SurveyResponseEntity ToEntity(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var offer = response.Offer;
        var answers = response.Answers;
        return new SurveyResponseEntity
        {
            ConversationChannelId = offer.Conversation.ChannelId,
            ConversationId = offer.Conversation.ConversationId,
            Trigger = offer.Trigger,
            HandledBy = offer.HandledBy,
            AgentId = offer.AgentId,
            TrackingNumber = offer.Shipment?.Value,
            ComplaintReference = offer.Complaint?.ToString(),
            OfferedAt = offer.At.ToUniversalTime(),
            Csat = answers.Csat,
            OnTime = answers.OnTime,
            Condition = answers.Condition,
            TrackingInformation = answers.TrackingInformation,
            StaffAttitude = answers.StaffAttitude,
            Nps = answers.Nps,
            Comment = answers.Comment,
            Expected = answers.Expected,
            Perceived = answers.Perceived,
            Skipped = response.Skipped,
            At = response.At.ToUniversalTime(),
            Channel = response.Channel,
            Locale = response.Locale,
            CustomerId = response.CustomerId,
        };
    }

    public static SurveyResponse ToDomain(SurveyResponseEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var offer = new SurveyOffer(
            new ConversationAddress(entity.ConversationChannelId, entity.ConversationId),
            entity.Trigger,
            entity.HandledBy,
            entity.AgentId,
            entity.TrackingNumber is null ? null : TrackingNumber.Parse(entity.TrackingNumber),
            entity.ComplaintReference is null ? null : ComplaintReference.Parse(entity.ComplaintReference),
            entity.OfferedAt);
        var answers = new SurveyAnswers(
            entity.Csat,
            entity.OnTime,
            entity.Condition,
            entity.TrackingInformation,
            entity.StaffAttitude,
            entity.Nps,
            entity.Comment,
            entity.Expected,
            entity.Perceived);
        return new SurveyResponse(offer, answers, entity.Skipped, entity.At, entity.Channel, entity.Locale, entity.CustomerId);
    }
}
