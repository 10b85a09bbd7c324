namespace Bot.Dialogs.Surveys;

// Options of the question loop: the question to ask now.
internal sealed record SurveyStep(SurveyQuestion Question);
