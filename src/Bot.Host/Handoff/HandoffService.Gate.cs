using System.Text.Json.Nodes;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;

namespace Bot.Host.Handoff;

// What happens to the customer's turns while the conversation is not the bot's (called by HandoffMiddleware).
internal sealed partial class HandoffService
{
    /// <summary>
    /// A message or typing of a customer who waits for, or talks to, a person: relayed to the desks (the turn pipeline
    /// stores the transcript), or the queue left on request. The bot is not asked.
    /// </summary>
    internal async Task OnCustomerTurnAsync(TurnContext turn, ConversationAddress address, CancellationToken ct)
    {
        var activity = turn.Activity;
        if (await escalations.FindOpenAsync(address, ct) is not { } open || open.State == EscalationState.External)
        {
            // The external contact centre talks to the customer on its own channel; the bot stays out of it.
            return;
        }
        if (activity.Type == ActivityTypes.Typing)
        {
            await desks.TypingAsync(open, ct);
            return;
        }
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }
        if (open.State == EscalationState.Queued && LeaveQueuePhrases.Matches(activity.Text) && await LeaveQueueAsync(turn, open.Id, ct))
        {
            return;
        }
        var line = new TranscriptLineView(
            activity.Id ?? Guid.NewGuid().ToString("N"),
            TranscriptSpeakers.Customer,
            null,
            activity.Text ?? "",
            activity.Timestamp ?? time.GetUtcNow(),
            [.. activity.Attachments?.Select(a => a.Name ?? a.ContentType ?? "attachment") ?? []]);
        await desks.LineAsync(open, line, ct);
    }

    /// <summary>A <c>handoff.status</c> event of the external contact centre (PROTOCOL.md §6); never fails the turn.</summary>
    internal async Task OnExternalStatusAsync(TurnContext turn, ConversationAddress address, NextDelegate next, CancellationToken ct)
    {
        var state = (turn.Activity.Value as JsonObject)?[HandoffEvents.StateProperty] is JsonValue value && value.TryGetValue<string>(out var s)
            ? s.Trim().ToLowerInvariant()
            : null;
        if (state is not (HandoffEvents.Accepted or HandoffEvents.Failed or HandoffEvents.Completed)
            || await escalations.FindOpenAsync(address, ct) is not { State: EscalationState.External } open)
        {
            HandoffLog.ExternalStatusIgnored(log, state, address);
            return;
        }
        var now = time.GetUtcNow();
        var (error, stored) = await writer.ChangeAsync(open.Id, (escalation, ownership) => state switch
        {
            HandoffEvents.Accepted when ownership.State == OwnerState.Queued => EscalationChange.To(
                escalation with { ClaimedAt = now, AssignedAgentId = HandoffEvents.ExternalAgentId },
                ownership.Claim(HandoffEvents.ExternalAgentId, now) with { Reason = OwnershipReasons.ExternalAccepted }),
            HandoffEvents.Accepted => default,
            HandoffEvents.Failed => EscalationChange.To(
                escalation with { State = EscalationState.Abandoned, EndedAt = now, OutcomeCode = OwnershipReasons.ExternalFailed },
                ExternalEnd(ownership, now, OwnershipReasons.ExternalFailed)),
            _ => EscalationChange.To(
                escalation with { State = EscalationState.HandedBack, HandedBackAt = now, OutcomeCode = OwnershipReasons.ExternalCompleted },
                ExternalEnd(ownership, now, OwnershipReasons.ExternalCompleted)),
        }, ct);
        HandoffLog.ExternalStatus(log, state, address);
        if (error != DeskActionError.None || state == HandoffEvents.Accepted)
        {
            return;
        }
        var ended = stored!;
        if (state == HandoffEvents.Failed)
        {
            await turn.SendActivityAsync(HandoffText.Notice(ended.Language, "ExternalFailed"), ct);
            return;
        }
        await turn.SendActivityAsync(HandoffText.Notice(ended.Language, "ExternalCompleted"), ct);
        // The bot resumes through the same event as after the built-in desk.
        turn.Activity.Name = HandoffEvents.HandedBack;
        turn.Activity.Value = HandedBackValue(ended, null);
        await next(ct);
    }

    private async Task<bool> LeaveQueueAsync(TurnContext turn, string escalationId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (error, stored) = await writer.ChangeAsync(escalationId, (escalation, ownership) => escalation.State != EscalationState.Queued
            ? EscalationChange.Refused(DeskActionError.InvalidState)
            : EscalationChange.To(escalation with { State = EscalationState.Abandoned, EndedAt = now }, ownership.LeaveQueue(now, CustomerActor)), ct);
        if (error != DeskActionError.None)
        {
            // Claimed in the meantime: the message goes to the agent instead.
            return false;
        }
        HandoffLog.Changed(log, escalationId, "left the queue", CustomerActor);
        await turn.SendActivityAsync(HandoffText.Notice(stored!.Language, "LeftQueue"), ct);
        await desks.StateChangedAsync(stored, ct);
        return true;
    }

    // The contact centre gave the conversation back: from the queue, or from its agent.
    private static OwnershipTransition ExternalEnd(ConversationOwnership ownership, DateTimeOffset now, string reason) =>
        ownership.State == OwnerState.Queued
            ? ownership.LeaveQueue(now, HandoffEvents.ExternalAgentId, reason)
            : ownership.HandBack(HandoffEvents.ExternalAgentId, now) with { Reason = reason };
}
