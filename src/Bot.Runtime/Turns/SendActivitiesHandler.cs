using Bot.Protocol.Schema;

namespace Bot.Runtime.Turns;

/// <summary>A hook on outgoing activities; call <paramref name="next"/> to let them go out (or don't, to swallow them).</summary>
public delegate Task<IReadOnlyList<ResourceResponse>> SendActivitiesHandler(
    TurnContext turnContext, List<Activity> activities, Func<Task<IReadOnlyList<ResourceResponse>>> next, CancellationToken cancellationToken);
