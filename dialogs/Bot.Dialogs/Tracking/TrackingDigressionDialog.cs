using Bot.Dialogs.Main;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Tracking;

/// <summary>A tracking number typed in the middle of another task: noted at once, then the task's question is asked again.</summary>
public sealed class TrackingDigressionDialog() : Dialog(DialogIds.TrackingDigression)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // Its trigger only fires once the turn's message was understood to hold tracking numbers.
        var numbers = TurnUnderstanding.TrackingNumbers(TurnUnderstanding.Known(dc.Context));
        await dc.Context.SendActivityAsync(TrackShipmentDialog.Noted(numbers, dc.Locale), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
