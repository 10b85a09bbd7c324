using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace Bot.Host.Handoff;

/// <summary>
/// Watches the queue on the clock (<see cref="HandoffOptions.MonitorInterval"/>): tells waiting customers their new
/// position when it changed, and after <see cref="HandoffOptions.MaxQueueWait"/> without an agent apologises, opens a
/// callback case and gives the conversation back to the bot; queues overdue complaints (<see cref="OverdueComplaints"/>).
/// <see cref="TickAsync"/> is one round (tests call it).
/// </summary>
internal sealed class HandoffMonitor(
    HandoffQueue queue,
    EscalationWriter writer,
    ICallbackCaseStore callbacks,
    CustomerChannel customers,
    DeskNotices desks,
    HandoffService handoff,
    OverdueComplaints overdue,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffMonitor> log) : BackgroundService
{
    private const string SystemActor = "system";
    private readonly SemaphoreSlim _round = new(1, 1);

    public async Task TickAsync(CancellationToken ct)
    {
        await _round.WaitAsync(ct);
        try
        {
            var maxWait = options.CurrentValue.MaxQueueWait;
            var snapshot = await queue.SnapshotAsync(ct);
            foreach (var waiting in snapshot.Queued.Where(e => snapshot.Now - e.WaitingSince >= maxWait))
            {
                await TimeOutAsync(waiting.Id, maxWait, ct);
            }
            await overdue.EscalateAsync(ct);
            if (options.CurrentValue.AutoAssign)
            {
                await handoff.AssignWaitingAsync(null, ct);
            }
            snapshot = await queue.SnapshotAsync(ct);
            for (var i = 0; i < snapshot.Queued.Count; i++)
            {
                var escalation = snapshot.Queued[i];
                if (escalation.NotifiedPosition != i + 1)
                {
                    await TellPositionAsync(escalation, i + 1, snapshot.EstimatedWait(escalation, i + 1), ct);
                }
            }
        }
        finally
        {
            _round.Release();
        }
    }

    public override void Dispose()
    {
        _round.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CurrentValue.MonitorInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await TickAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    HandoffLog.MonitorFailed(log, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task TimeOutAsync(string escalationId, TimeSpan maxWait, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (error, stored) = await writer.ChangeAsync(escalationId, (escalation, ownership) =>
            escalation.State != EscalationState.Queued || now - escalation.WaitingSince < maxWait
                ? EscalationChange.Refused(DeskActionError.InvalidState)
                : EscalationChange.To(
                    escalation with { State = EscalationState.Callback, EndedAt = now },
                    ownership.LeaveQueue(now, SystemActor, OwnershipReasons.NoAgentInTime)), ct);
        if (error != DeskActionError.None)
        {
            return;
        }
        var ended = stored!;
        var local = TimeZoneInfo.ConvertTime(now, options.CurrentValue.OpeningHours.ToCalendar().TimeZone);
        var callback = await callbacks.CreateAsync(
            ended.Conversation, ended.Language, ended.Summary, local, CallbackReasons.NoAgentInTime, ended.Id, ct);
        HandoffLog.TimedOut(log, ended.Id, callback.Reference);
        await desks.StateChangedAsync(ended, ct);
        await TellAsync(ended, HandoffText.Notice(ended.Language, "NoAgentInTime", callback.Reference), ct);
    }

    private async Task TellPositionAsync(Escalation escalation, int position, TimeSpan? wait, CancellationToken ct)
    {
        // Marked before it is said: a customer who cannot be reached is not retried every few seconds.
        var (error, stored) = await writer.ChangeAsync(escalation.Id, (current, _) => current.State != EscalationState.Queued
            ? EscalationChange.Refused(DeskActionError.InvalidState)
            : EscalationChange.To(current with { NotifiedPosition = position }), ct);
        if (error == DeskActionError.None)
        {
            await TellAsync(stored!, HandoffText.Position(escalation.Language, position, wait), ct);
        }
    }

    private async Task TellAsync(Escalation escalation, Activity notice, CancellationToken ct)
    {
        try
        {
            await customers.SendAsync(escalation.Conversation, [notice], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HandoffLog.CustomerUnreachable(log, ex, escalation.Conversation);
        }
    }
}
