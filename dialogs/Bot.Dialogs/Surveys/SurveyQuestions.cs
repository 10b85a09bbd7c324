using Bot.Domain.Surveys;

namespace Bot.Dialogs.Surveys;

// What each question asks (its resource), its scale, and where its answer goes.
internal static class SurveyQuestions
{
    public static SurveyQuestion? First(bool askExpectation) => Next(null, askExpectation);

    public static SurveyQuestion? Next(SurveyQuestion? current, bool askExpectation)
    {
        for (var next = current is null ? 0 : (int)current + 1; Enum.IsDefined((SurveyQuestion)next); next++)
        {
            var question = (SurveyQuestion)next;
            if (askExpectation || question is not (SurveyQuestion.Expected or SurveyQuestion.Perceived))
            {
                return question;
            }
        }
        return null;
    }

    public static string TextOf(SurveyQuestion question) => "Survey" + question;

    public static (int Min, int Max) ScaleOf(SurveyQuestion question) => question == SurveyQuestion.Nps ? (0, 10) : (1, 5);

    /// <summary>Questions about satisfaction also take the scale's words ("very satisfied", "满意").</summary>
    public static bool TakesSatisfactionWords(SurveyQuestion question) =>
        question is SurveyQuestion.Csat or SurveyQuestion.OnTime or SurveyQuestion.Condition
            or SurveyQuestion.TrackingInformation or SurveyQuestion.StaffAttitude;

    public static SurveyAnswers Record(SurveyAnswers answers, SurveyQuestion question, SurveyReply reply) => question switch
    {
        SurveyQuestion.Csat => answers with { Csat = reply.Score },
        SurveyQuestion.OnTime => answers with { OnTime = reply.Score },
        SurveyQuestion.Condition => answers with { Condition = reply.Score },
        SurveyQuestion.TrackingInformation => answers with { TrackingInformation = reply.Score },
        SurveyQuestion.StaffAttitude => answers with { StaffAttitude = reply.Score },
        SurveyQuestion.Nps => answers with { Nps = reply.Score },
        SurveyQuestion.Expected => answers with { Expected = reply.Score },
        SurveyQuestion.Perceived => answers with { Perceived = reply.Score },
        SurveyQuestion.Comment => answers with { Comment = reply.Text },
        _ => answers,
    };
}
