using Bot.Domain.Handoff;
using Microsoft.Extensions.Options;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// Every <see cref="TeamsAgentsOptions.CardRefreshInterval"/>, queues a redraw of the card of each customer still waiting
/// for an agent, so the agents' channel shows how long each has waited. Only waiting ones: other cards change with their
/// state, and each card is its own thread, so this stays far below Teams' per-conversation limits.
/// </summary>
internal sealed class TeamsCardRefresher(
    IEscalationStore escalations,
    TeamsAgentsQueue queue,
    IOptionsMonitor<TeamsAgentsOptions> options,
    TimeProvider time,
    ILogger<TeamsCardRefresher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CurrentValue.CardRefreshInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshWaitingAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    internal async Task RefreshWaitingAsync(CancellationToken ct)
    {
        if (!options.CurrentValue.Enabled)
        {
            return;
        }
        try
        {
            foreach (var waiting in (await escalations.ListOpenAsync(ct)).Where(e => e.State == EscalationState.Queued))
            {
                queue.Add(new TeamsAgentsWork(TeamsAgentsWorkKind.CardUpdate, waiting.Id));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TeamsAgentsLog.RefreshFailed(log, ex);
        }
    }
}
