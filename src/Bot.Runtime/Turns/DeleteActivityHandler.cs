using Bot.Protocol.Schema;

namespace Bot.Runtime.Turns;

public delegate Task DeleteActivityHandler(
    TurnContext turnContext, ConversationReference reference, string activityId, Func<Task> next, CancellationToken cancellationToken);
