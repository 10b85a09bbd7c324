namespace Bot.Domain.Handoff;

/// <summary>
/// An honest wait estimate: from the average of recent handle times, the customer's position and the agents online for
/// the skill. Null ("unknown") without recent handle times or without any agent online.
/// </summary>
public static class WaitEstimator
{
    public static TimeSpan? Estimate(int position, int agentsOnline, IReadOnlyCollection<TimeSpan> recentHandleTimes)
    {
        ArgumentNullException.ThrowIfNull(recentHandleTimes);
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        if (agentsOnline <= 0 || recentHandleTimes.Count == 0)
        {
            return null;
        }
        var average = TimeSpan.FromTicks((long)recentHandleTimes.Average(t => t.Ticks));
        // Each round, every online agent finishes one chat; the customer is served in round ceil(position / agents).
        var rounds = (position + agentsOnline - 1) / agentsOnline;
        var estimate = average * rounds;
        // Round up to whole minutes: "about 4 minutes" rather than seconds-precise promises.
        return TimeSpan.FromMinutes(Math.Ceiling(estimate.TotalMinutes));
    }
}
