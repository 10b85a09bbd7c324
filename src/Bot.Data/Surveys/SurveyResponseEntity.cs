using Bot.Domain.Surveys;

namespace Bot.Data.Surveys;

/// <summary>
/// A survey answered or skipped, with its offer's attribution copied in (bot or agent, shipment or complaint) so that a
/// response reads on its own. Answers are null when skipped. Times are stored in UTC.
/// </summary>
public sealed class SurveyResponseEntity
{
    public long Id { get; set; }
    public required string ConversationChannelId { get; set; }
    public required string ConversationId { get; set; }
    public SurveyTrigger Trigger { get; set; }
    public SurveyHandler HandledBy { get; set; }
    public string? AgentId { get; set; }
    public string? TrackingNumber { get; set; }
    public string? ComplaintReference { get; set; }
    public DateTimeOffset OfferedAt { get; set; }

    public int? Csat { get; set; }
    public int? OnTime { get; set; }
    public int? Condition { get; set; }
    public int? TrackingInformation { get; set; }
    public int? StaffAttitude { get; set; }
    public int? Nps { get; set; }
    public string? Comment { get; set; }
    public int? Expected { get; set; }
    public int? Perceived { get; set; }
    public bool Skipped { get; set; }

    public DateTimeOffset At { get; set; }
    public required string Channel { get; set; }
    public required string Locale { get; set; }
    public string? CustomerId { get; set; }
}
