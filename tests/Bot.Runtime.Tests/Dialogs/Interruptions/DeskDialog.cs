using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

// A plain component standing in for the host-level escalation: it takes "handoffRequested" when it bubbles up.
public sealed class DeskDialog : ComponentDialog
{
    public DeskDialog()
        : base("desk") => AddDialog(new ParcelDialog());

    protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        if (e.Name != InterruptionEvents.HandoffRequested || e.Value is not HandoffRequest request)
        {
            return false;
        }
        await dc.Context.SendActivityAsync(ParcelText.Get("Connecting", request.Locale), cancellationToken);
        return true;
    }
}
