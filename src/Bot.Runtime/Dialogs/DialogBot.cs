using Bot.Protocol.Schema;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs;

/// <summary>
/// A bot that runs one root dialog for every message. Of the other activities only conversationUpdate reaches the
/// bot, through <see cref="OnConversationUpdateAsync"/> (a greeting hook; does nothing by default).
/// </summary>
public class DialogBot<TDialog>(TDialog dialog, DialogRunner runner) : IBot where TDialog : Dialog
{
    protected TDialog Dialog { get; } = dialog;

    protected DialogRunner Runner { get; } = runner;

    public virtual Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => Runner.RunAsync(Dialog, turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>A member joined or left; override to greet (e.g. begin the dialog with <see cref="Runner"/>).</summary>
    protected virtual Task OnConversationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
