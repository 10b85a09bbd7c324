namespace Bot.Host.TeamsAgents;

/// <summary>Drains <see cref="TeamsAgentsQueue"/> one post at a time (card, then lines, then updates stay in order).</summary>
internal sealed class TeamsAgentsWorker(TeamsAgentsQueue queue, TeamsAgentsPoster poster, ILogger<TeamsAgentsWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await poster.PostAsync(work, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    TeamsAgentsLog.PostFailed(log, ex, work.Kind.ToString(), work.EscalationId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is not posted.
        }
    }
}
