namespace Bot.Dialogs.Surveys;

/// <summary>Satisfaction surveys: when they are offered and how (section <c>Surveys</c>).</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";
}
