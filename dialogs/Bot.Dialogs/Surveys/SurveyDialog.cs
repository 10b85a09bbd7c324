using Bot.Dialogs.Main;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Surveys;

/// <summary>The satisfaction survey (DOMAIN.md §2, R15–R18), begun with a <see cref="SurveyRequest"/>. STUB: being written.</summary>
public sealed class SurveyDialog : ComponentDialog
{
    public SurveyDialog(CustomerServiceServices services)
        : base(DialogIds.Survey)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddDialog(new WaterfallDialog($"{DialogIds.Survey}.steps", [(step, ct) => step.EndDialogAsync(null, ct)]));
    }
}
