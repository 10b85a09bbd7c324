namespace Bot.Dialogs.Surveys;

internal enum SurveyReplyKind
{
    Score,
    Comment,
    Skip,
    Stop,
}
