namespace Bot.Domain.Surveys;

/// <summary>What the survey follows (R15).</summary>
public enum SurveyTrigger
{
    AfterTracking,
    AfterComplaintResolved,
    AfterAgentHandback,
}
