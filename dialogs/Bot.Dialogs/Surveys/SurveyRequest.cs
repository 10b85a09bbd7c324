using Bot.Domain.Surveys;

namespace Bot.Dialogs.Surveys;

/// <summary>
/// Options of <see cref="SurveyDialog"/>, and the result a task ends with to ask the main loop for a survey: what it
/// follows, who served the customer, and the shipment or complaint it is about.
/// </summary>
public sealed record SurveyRequest(
    SurveyTrigger Trigger,
    SurveyHandler HandledBy = SurveyHandler.Bot,
    string? AgentId = null,
    string? TrackingNumber = null,
    string? ComplaintReference = null);
