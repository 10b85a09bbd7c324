using Bot.Dialogs.Main;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// A tracking number typed in the middle of another task: answered at once with a short status (no private details,
/// no follow-up question), then the task's question is asked again.
/// </summary>
public sealed class TrackingDigressionDialog : Dialog
{
    private readonly ShipmentAnswers _answers;
    private readonly ILanguageUnderstanding _language;

    public TrackingDigressionDialog(CustomerServiceServices services)
        : base(DialogIds.TrackingDigression)
    {
        ArgumentNullException.ThrowIfNull(services);
        _answers = new ShipmentAnswers(services);
        _language = services.Language;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // Usually the trigger already had the message understood; the understanding is asked once per turn either way.
        var numbers = TurnUnderstanding.TrackingNumbers(await TurnUnderstanding.GetAsync(_language, dc.Context, cancellationToken));
        await _answers.AnswerBrieflyAsync(dc.Context, numbers, dc.Locale, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
