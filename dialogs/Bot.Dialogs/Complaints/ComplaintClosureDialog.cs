using Bot.Dialogs.Main;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// Asks "are you satisfied with the result?" when a complaint was resolved (a proactive turn), closes or reopens it, then
/// offers the survey. Runs as a digression over whatever the customer was doing. STUB: being written.
/// </summary>
public sealed class ComplaintClosureDialog : ComponentDialog
{
    public ComplaintClosureDialog(CustomerServiceServices services)
        : base(DialogIds.ComplaintClosure)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddDialog(new WaterfallDialog($"{DialogIds.ComplaintClosure}.steps", [(step, ct) => step.EndDialogAsync(null, ct)]));
    }

    /// <summary>True on the proactive turn that brings a resolved complaint to the customer.</summary>
    public static bool IsTriggered(TurnContext turn) => false;
}
