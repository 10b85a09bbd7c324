namespace Bot.Domain.Surveys;

/// <summary>
/// The answers (each null when skipped): overall CSAT 1–5; on-time delivery, condition of the goods, tracking information
/// and staff attitude 1–5; NPS 0–10; a comment; optionally the expected (a) and perceived (b) scores 1–5 for C = b/a.
/// </summary>
public sealed record SurveyAnswers(
    int? Csat = null,
    int? OnTime = null,
    int? Condition = null,
    int? TrackingInformation = null,
    int? StaffAttitude = null,
    int? Nps = null,
    string? Comment = null,
    int? Expected = null,
    int? Perceived = null)
{
    /// <summary>CSAT ≤ 2 or NPS ≤ 6: apologise, open a service-recovery case and offer a person.</summary>
    public bool IsLow => Csat is <= 2 || Nps is <= 6;
}
