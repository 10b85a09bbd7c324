using Bot.Domain.Complaints;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Main;

/// <summary>
/// The one place where the customer is handed to a person: the main menu, the "talk to a person" interruption, a task's
/// follow-up, the offer after repeated misunderstandings and a low survey score all come here. Until the agent desk
/// exists (issue 6) nobody can join the chat: it says so honestly, says how else to reach the team, and records nothing.
/// </summary>
internal sealed class HumanHandoff(CustomerServiceOptions options)
{
    public async Task HandOffAsync(DialogContext dc, EscalationReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        _ = reason; // What the agent desk will record with the handoff.
        var text = string.IsNullOrWhiteSpace(options.Contact)
            ? CustomerServiceText.Get("NoAgents", dc.Locale)
            : CustomerServiceText.Get("NoAgentsContact", dc.Locale, options.Contact.Trim());
        await dc.Context.SendActivityAsync(CustomerServiceText.Message(text), cancellationToken);
    }
}
