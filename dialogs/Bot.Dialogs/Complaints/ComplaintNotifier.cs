using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Proactive;
using Bot.Runtime.State;
using Bot.Runtime.Turns;
using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// Tells the customer's conversation proactively that their complaint changed (R5), in the complaint's language: a
/// progress update ("Update on CMP-…: …"), an escalation, or a resolution, which asks the closure question over whatever
/// the customer is doing (<see cref="ComplaintClosureDialog"/>). A complaint without a conversation is skipped; a
/// conversation that cannot be reached is logged and does not fail the caller.
/// </summary>
public sealed class ComplaintNotifier(
    ProactiveMessenger messenger,
    DialogRunner runner,
    CustomerServiceDialog root,
    ConversationState conversationState,
    ILogger<ComplaintNotifier> log) : IComplaintNotifier
{
    private readonly ComplaintClosureTurn _closure = new(runner, root, conversationState, log);

    public async Task ComplaintChangedAsync(Complaint complaint, ComplaintChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var reference = complaint.Reference;
        if (complaint.Details.Conversation is not { } address || (change == ComplaintChange.ProgressUpdated && complaint.LatestUpdate is null))
        {
            ComplaintsLog.NothingToTell(log, reference, change);
            return;
        }
        try
        {
            await messenger.ContinueConversationAsync(
                address.ChannelId, address.ConversationId, (turn, token) => TellAsync(turn, complaint, change, token), ct);
            ComplaintsLog.Told(log, reference, change, address.ChannelId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ComplaintsLog.TellingFailed(log, ex, reference, change, address.ChannelId);
        }
    }

    private Task TellAsync(TurnContext turn, Complaint complaint, ComplaintChange change, CancellationToken cancellationToken)
    {
        var locale = complaint.Details.Locale;
        return change switch
        {
            ComplaintChange.Resolved => _closure.RunAsync(turn, complaint, cancellationToken),
            ComplaintChange.Escalated => turn.SendActivityAsync(
                ComplaintText.Message(ComplaintText.Get("EscalatedNotice", locale, complaint.Reference)), cancellationToken),
            _ => turn.SendActivityAsync(
                ComplaintText.Message(ComplaintText.Get("ProgressNotice", locale, complaint.Reference, complaint.LatestUpdate!.Text)), cancellationToken),
        };
    }
}
