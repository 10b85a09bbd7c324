using System.ComponentModel.DataAnnotations;
using Bot.Domain.Surveys;

namespace Bot.Dialogs.Surveys;

/// <summary>Satisfaction surveys: when they are offered and how (section <c>Surveys</c>; DOMAIN.md §2, R15–R17).</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>False: no survey is offered at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Share of conversations (0–1) offered a survey when a tracking answer ends. Tracking is the most frequent task, so a
    /// sample of 30% gives enough answers without asking every customer after every look-up.
    /// </summary>
    [Range(0.0, 1.0)]
    public double AfterTrackingRate { get; set; } = 0.3;

    /// <summary>Share of resolved complaints (0–1) whose customer is offered a survey after the closure question.</summary>
    [Range(0.0, 1.0)]
    public double AfterComplaintRate { get; set; } = 1.0;

    /// <summary>Share of conversations (0–1) offered a survey when an agent hands the conversation back.</summary>
    [Range(0.0, 1.0)]
    public double AfterAgentRate { get; set; } = 1.0;

    /// <summary>
    /// Also ask the expected (a) and perceived (b) service level for the satisfaction index C = b/a. Off by default to
    /// keep the survey short (seven questions instead of nine).
    /// </summary>
    public bool AskExpectation { get; set; }

    /// <summary>The tolerance ε around 1 within which C = b/a reads as "fairly satisfied" (R17).</summary>
    [Range(0.0, 0.99)]
    public double SatisfactionTolerance { get; set; } = SatisfactionIndex.DefaultTolerance;

    /// <summary>The sampling rate of a trigger.</summary>
    public double RateFor(SurveyTrigger trigger) => trigger switch
    {
        SurveyTrigger.AfterTracking => AfterTrackingRate,
        SurveyTrigger.AfterComplaintResolved => AfterComplaintRate,
        SurveyTrigger.AfterAgentHandback => AfterAgentRate,
        _ => 0,
    };
}
