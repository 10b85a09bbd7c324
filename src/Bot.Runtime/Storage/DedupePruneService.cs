using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Runtime.Storage;

/// <summary>Deletes dedupe markers older than <see cref="RuntimeOptions.DedupeRetention"/> now and then.</summary>
internal sealed class DedupePruneService(
    ITurnStore store, IOptions<RuntimeOptions> options, TimeProvider time, ILogger<DedupePruneService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DedupePruneInterval, time);
        do
        {
            try
            {
                var olderThan = time.GetUtcNow() - options.Value.DedupeRetention;
                var count = await store.PruneProcessedActivitiesAsync(olderThan, stoppingToken);
                if (count > 0)
                {
                    RuntimeLog.PrunedProcessedActivities(log, count, olderThan);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                RuntimeLog.PruneFailed(log, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
