using Bot.Domain.Surveys;

namespace Bot.Data.Surveys;

/// <summary>
/// A survey offered in a conversation. Unique per conversation and per complaint reference, so the store itself enforces
/// the once-only rule. Times are stored in UTC.
/// </summary>
public sealed class SurveyOfferEntity
{
    public long Id { get; set; }
    public required string ConversationChannelId { get; set; }
    public required string ConversationId { get; set; }
    public SurveyTrigger Trigger { get; set; }
    public SurveyHandler HandledBy { get; set; }
    public string? AgentId { get; set; }
    public string? TrackingNumber { get; set; }
    public string? ComplaintReference { get; set; }
    public DateTimeOffset At { get; set; }
}
