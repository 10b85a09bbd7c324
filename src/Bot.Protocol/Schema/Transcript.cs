namespace Bot.Protocol.Schema;

/// <summary>An ordered list of activities (transcript spec; also the handoff transcript attachment).</summary>
public sealed record Transcript(List<Activity> Activities);
