using Bot.Dialogs.Main;
using Bot.Dialogs.Surveys;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Tests.Surveys;

// A tiny root dialog around the survey, as a task or the complaint closure would begin it: every conversation start
// begins the survey with the request registered for the test, and its end is said back as "survey over".
internal sealed class SurveyHost : ComponentDialog
{
    public const string Over = "survey over";

    private readonly string _surveyId;

    public SurveyHost(CustomerServiceServices services, SurveyRequest request)
        : base("surveyHost")
    {
        var survey = new SurveyDialog(services);
        _surveyId = survey.Id;
        AddDialog(new WaterfallDialog("surveyHost.steps", [(step, ct) => step.BeginDialogAsync(_surveyId, request, ct), ReportAsync]));
        AddDialog(survey);
    }

    private static async Task<DialogTurnResult> ReportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(Over, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
