namespace Bot.Protocol.Schema;

/// <summary>The HTTP body of a turn delivered with <c>deliveryMode: expectReplies</c>.</summary>
public sealed record ExpectedReplies(List<Activity> Activities);
