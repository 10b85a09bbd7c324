namespace Bot.Domain.Handoff;

/// <summary>
/// Where an escalation is discussed in the agents' Teams channel: the thread (<paramref name="ConversationId"/>, the
/// channel id with <c>;messageid=</c>) its card opened at <paramref name="ServiceUrl"/>, and the card's activity id.
/// </summary>
public sealed record AgentThread(string EscalationId, string ServiceUrl, string ConversationId, string CardActivityId, DateTimeOffset CreatedAt);
