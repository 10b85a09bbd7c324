using Bot.Host.Handoff;

namespace Bot.Host.TeamsAgents;

/// <summary>One post to the agents' channel, done in order by <see cref="TeamsAgentsWorker"/>.</summary>
internal sealed record TeamsAgentsWork(TeamsAgentsWorkKind Kind, string EscalationId, TranscriptLineView? Line = null);
