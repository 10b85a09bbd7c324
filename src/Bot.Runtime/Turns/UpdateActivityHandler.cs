using Bot.Protocol.Schema;

namespace Bot.Runtime.Turns;

public delegate Task<ResourceResponse> UpdateActivityHandler(
    TurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next, CancellationToken cancellationToken);
