namespace Bot.Dialogs.Surveys;

/// <summary>An answer to one survey question: a score, a comment, "skip" (this question) or "not now" (stop the survey).</summary>
internal sealed record SurveyReply(SurveyReplyKind Kind, int? Score = null, string? Text = null)
{
    public static readonly SurveyReply Skip = new(SurveyReplyKind.Skip);
    public static readonly SurveyReply Stop = new(SurveyReplyKind.Stop);
}
