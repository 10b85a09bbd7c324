using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

/// <summary>
/// The handoff: the bot's requests for a person (<see cref="IHandoffRequests"/>) and everything the agent desk does
/// (<see cref="IAgentDeskService"/>), over the store's ports. All state is in the store; this class holds none but a gate
/// that keeps this instance's assignments from overrunning an agent's capacity.
/// </summary>
internal sealed partial class HandoffService(
    IEscalationStore escalations,
    IAgentAccountStore agents,
    ICallbackCaseStore callbacks,
    HandoffQueue queue,
    EscalationWriter writer,
    CustomerChannel customers,
    CaseSummaries summaries,
    HandoffInitiation initiation,
    DeskNotices desks,
    DeskViews views,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffService> log) : IHandoffRequests, IAgentDeskService, IDisposable
{
    private const string BotActor = "bot";
    private const string CustomerActor = "customer";

    private readonly SemaphoreSlim _assignments = new(1, 1);

    // The dialogs ask from inside the conversation's turn.
    public Task<HandoffTicket> RequestAsync(HandoffRequest request, CancellationToken ct) => RequestAsync(request, fromTurn: true, ct);

    /// <summary>
    /// As <see cref="RequestAsync(HandoffRequest, CancellationToken)"/>; <paramref name="fromTurn"/> says whether the caller
    /// runs inside the conversation's turn (then what the customer must get goes through it), or outside any turn.
    /// </summary>
    internal async Task<HandoffTicket> RequestAsync(HandoffRequest request, bool fromTurn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ticket = await DecideAsync(request, fromTurn, ct);
        HandoffLog.Requested(log, request.Conversation, request.Reason, ticket.Outcome, ticket.EscalationId);
        return ticket;
    }

    public async Task<string> LeaveMessageAsync(ConversationAddress conversation, string text, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(text);
        var created = await callbacks.CreateAsync(
            conversation, HandoffLanguage.Of(language), text.Trim(), LocalNow(), CallbackReasons.LeftMessage, null, ct);
        HandoffLog.CallbackCase(log, created.Reference, conversation, created.Reason);
        return created.Reference;
    }

    public Task<OwnerState> OwnerOfAsync(ConversationAddress conversation, CancellationToken ct) => escalations.OwnerOfAsync(conversation, ct);

    public void Dispose() => _assignments.Dispose();

    private async Task<HandoffTicket> DecideAsync(HandoffRequest request, bool fromTurn, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var conversation = request.Conversation;
        var language = HandoffLanguage.Of(request.Language);
        var now = time.GetUtcNow();
        if (await escalations.FindOpenAsync(conversation, ct) is { } open)
        {
            return await AlreadyEscalatedAsync(open, ct);
        }
        if (!settings.OpeningHours.AlwaysOpen && settings.OpeningHours.ToCalendar() is var hours && !hours.IsOpenAt(now))
        {
            var opens = TimeZoneInfo.ConvertTime(hours.NextOpening(now), hours.TimeZone);
            return new HandoffTicket(null, HandoffOutcome.OutsideOpeningHours, NextOpening: opens);
        }
        var external = settings.Mode == HandoffMode.External;
        if (!external && !settings.QueueWithoutOnlineAgents && (await queue.SnapshotAsync(ct)).OnlineFor(request.Skill, language) == 0)
        {
            return new HandoffTicket(null, HandoffOutcome.NoAgentOnline);
        }

        var ownership = ConversationOwnership.Restore(await escalations.HistoryAsync(conversation, ct));
        if (ownership.State != OwnerState.Bot)
        {
            return new HandoffTicket(null, HandoffOutcome.AlreadyEscalated);
        }
        var escalation = NewEscalation(request, language, await summaries.SummarizeAsync(conversation, language, fromTurn, ct), external, now);
        var transition = ownership.Escalate(request.Reason, now, BotActor);
        if (!await escalations.TryOpenAsync(escalation, transition, ownership.History.Count, ct))
        {
            return await escalations.FindOpenAsync(conversation, ct) is { } raced
                ? await AlreadyEscalatedAsync(raced, ct)
                : new HandoffTicket(null, HandoffOutcome.AlreadyEscalated);
        }
        return external ? await InitiateAsync(escalation, fromTurn, ct) : await EnqueueAsync(escalation, settings.AutoAssign, fromTurn, ct);
    }

    private async Task<HandoffTicket> InitiateAsync(Escalation escalation, bool fromTurn, CancellationToken ct)
    {
        var conversation = escalation.Conversation;
        try
        {
            if (fromTurn)
            {
                var initiate = await initiation.BuildAsync(escalation, customers.RunningActivity(conversation), ct);
                await customers.SendFromTurnAsync(conversation, [initiate], ct);
            }
            else
            {
                await customers.SendAsync(conversation, [await initiation.BuildAsync(escalation, null, ct)], ct);
            }
            return new HandoffTicket(escalation.Id, HandoffOutcome.External);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nobody outside knows of the conversation: it must not wait for a status that never comes.
            HandoffLog.CustomerUnreachable(log, ex, conversation);
            var now = time.GetUtcNow();
            await writer.ChangeAsync(escalation.Id, (current, ownership) => EscalationChange.To(
                current with { State = EscalationState.Abandoned, EndedAt = now, OutcomeCode = OwnershipReasons.ExternalFailed },
                ownership.LeaveQueue(now, BotActor, OwnershipReasons.ExternalFailed)), ct);
            return new HandoffTicket(null, HandoffOutcome.NoAgentOnline);
        }
    }

    private async Task<HandoffTicket> EnqueueAsync(Escalation escalation, bool autoAssign, bool fromTurn, CancellationToken ct)
    {
        var snapshot = await queue.SnapshotAsync(ct);
        var position = snapshot.PositionOf(escalation.Id);
        var wait = snapshot.EstimatedWait(escalation, position);
        // The customer is told this position with the ticket; the monitor speaks up only when it changes.
        var told = await escalations.TryUpdateAsync(
            (snapshot.Open.FirstOrDefault(e => e.Id == escalation.Id) ?? escalation) with { NotifiedPosition = position }, null, 0, ct);
        await desks.NewItemAsync(HandoffQueue.View(told ?? escalation, snapshot), ct);
        if (autoAssign)
        {
            // Inside its turn the asking conversation learns who joined from the ticket, not from a proactive notice.
            await AssignWaitingAsync(fromTurn ? escalation.Conversation : null, ct);
            if (await escalations.FindAsync(escalation.Id, ct) is { IsWithAgent: true } assigned)
            {
                var agent = (await queue.SnapshotAsync(ct)).Agent(assigned.AssignedAgentId);
                return new HandoffTicket(assigned.Id, HandoffOutcome.Assigned, AgentName: agent?.DisplayName);
            }
        }
        return new HandoffTicket(escalation.Id, HandoffOutcome.Queued, position, wait);
    }

    private async Task<HandoffTicket> AlreadyEscalatedAsync(Escalation open, CancellationToken ct)
    {
        var snapshot = await queue.SnapshotAsync(ct);
        var position = snapshot.PositionOf(open.Id);
        var agent = snapshot.Agent(open.AssignedAgentId);
        return new HandoffTicket(open.Id, HandoffOutcome.AlreadyEscalated, position, snapshot.EstimatedWait(open, position), AgentName: agent?.DisplayName);
    }

    private static Escalation NewEscalation(HandoffRequest request, string language, string summary, bool external, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now).ToString("N"),
        Conversation = request.Conversation,
        Channel = request.Conversation.ChannelId,
        CustomerId = request.CustomerId,
        Tier = request.Tier,
        Reason = request.Reason,
        Severity = request.Severity,
        Skill = request.Skill,
        Language = language,
        Summary = summary,
        TrackingNumbers = [.. request.TrackingNumbers ?? []],
        ComplaintReferences = [.. request.ComplaintReferences ?? []],
        ResumeHint = request.ResumeHint,
        State = external ? EscalationState.External : EscalationState.Queued,
        QueuedAt = now,
        WaitingSince = now,
    };

    // Callback references count days as the opening hours' time zone reads them.
    private DateTimeOffset LocalNow()
    {
        var now = time.GetUtcNow();
        try
        {
            return TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(options.CurrentValue.OpeningHours.TimeZone));
        }
        catch (TimeZoneNotFoundException)
        {
            return now;
        }
    }
}
