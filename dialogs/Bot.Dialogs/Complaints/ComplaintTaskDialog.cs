using Bot.Dialogs.Main;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// A complaint task that handles interruptions at its own questions: help for the question asked, and a language switch
/// (by the customer or their client) that asks the question again translated from the complaint texts. Cancel, start
/// over and "a person" still reach the main dialog. Digressions of the main dialog do not fire while a task like this is
/// active, so a task registers the ones it needs itself.
/// </summary>
public abstract class ComplaintTaskDialog : InterruptibleDialog
{
    private const string ActiveStepKey = "complaints.activeStep";
    private readonly IReadOnlyDictionary<string, string> _help;

    /// <param name="id">The dialog's id.</param>
    /// <param name="help">Help resource name (in the complaint texts) by the id of the question it explains.</param>
    protected ComplaintTaskDialog(string id, IReadOnlyDictionary<string, string> help)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(help);
        _help = help;
        foreach (var texts in CustomerServiceText.All)
        {
            AddPromptTexts(texts);
        }
    }

    /// <summary>The question of a complaint task being answered this turn, for digression triggers.</summary>
    internal static string? AnsweredStep(TurnContext turn) =>
        turn.TurnState.TryGetValue(ActiveStepKey, out var step) ? step as string : null;

    protected override string GetHelpText(DialogContext innerDc) =>
        ActiveStepId(innerDc) is { } step && _help.TryGetValue(step, out var help)
            ? ComplaintText.Get(help, innerDc.Locale)
            : base.GetHelpText(innerDc);

    protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        PromptLocale.Follow(innerDc, CustomerServiceText.All);
        if (ActiveStepId(innerDc) is { } step)
        {
            innerDc.Context.TurnState[ActiveStepKey] = step;
        }
        return base.OnContinueDialogAsync(innerDc, cancellationToken);
    }
}
