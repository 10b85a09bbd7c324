namespace Bot.Dialogs.Surveys;

/// <summary>The survey's questions in the order they are asked (DOMAIN.md §2, R16).</summary>
internal enum SurveyQuestion
{
    Csat,
    OnTime,
    Condition,
    TrackingInformation,
    StaffAttitude,
    Nps,
    Expected,
    Perceived,
    Comment,
}
