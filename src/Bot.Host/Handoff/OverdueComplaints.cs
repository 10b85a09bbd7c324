using Bot.Domain.Complaints;
using Bot.Domain.Handoff;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

/// <summary>
/// An open complaint past its promised time goes to a person, once per complaint: its conversation is queued with the
/// reason Overdue (skill Complaints), so an agent follows up there, or, if nobody comes in time, it becomes a callback.
/// Complaints without a conversation, or whose conversation is already with a person, are left (retried next round).
/// </summary>
internal sealed class OverdueComplaints(
    IComplaintStore complaints, IEscalationStore escalations, HandoffService handoff, IOptionsMonitor<HandoffOptions> options, TimeProvider time)
{
    public async Task EscalateAsync(CancellationToken ct)
    {
        if (!options.CurrentValue.EscalateOverdueComplaints)
        {
            return;
        }
        foreach (var complaint in await complaints.ListOverdueAsync(time.GetUtcNow(), ct))
        {
            var reference = complaint.Reference.ToString();
            if (complaint.Details.Conversation is not { } conversation
                || await escalations.HasEscalatedAsync(reference, EscalationReason.Overdue, ct)
                || await escalations.OwnerOfAsync(conversation, ct) != OwnerState.Bot)
            {
                continue;
            }
            var details = complaint.Details;
            await handoff.RequestAsync(
                new HandoffRequest(
                    conversation,
                    EscalationReason.Overdue,
                    Skill.Complaints,
                    HandoffLanguage.Of(details.Locale),
                    details.Tier,
                    details.Severity,
                    details.CustomerId,
                    details.TrackingNumber is { } number ? [number.Value] : [],
                    [reference]),
                fromTurn: false,
                ct);
        }
    }
}
